// Scaleway's JavaScript SDK against this control plane: an LB with a backend and a frontend, then the list.
// Run from the README: LBAAS_ACCESS_KEY, LBAAS_SECRET_KEY (an API key of ours), LBAAS_PROJECT_ID.
import { createClient } from '@scaleway/sdk-client'
import { Lbv1 } from '@scaleway/sdk-lb'

const client = createClient({
  apiURL: process.env.LBAAS_API_URL ?? 'http://127.0.0.1:8080',
  accessKey: process.env.LBAAS_ACCESS_KEY,
  secretKey: process.env.LBAAS_SECRET_KEY,
  defaultProjectId: process.env.LBAAS_PROJECT_ID,
  defaultRegion: 'fr-par',
  defaultZone: 'fr-par-1',
})
const api = new Lbv1.ZonedAPI(client)

const lb = await api.createLb({ name: 'web', description: '', type: 'LB-S', tags: ['quickstart'] })
const backend = await api.createBackend({
  lbId: lb.id,
  name: 'app',
  forwardProtocol: 'http',
  forwardPort: 8080,
  forwardPortAlgorithm: 'roundrobin',
  stickySessions: 'none',
  stickySessionsCookieName: '',
  healthCheck: { port: 8080, checkMaxRetries: 3, checkSendProxy: false, httpConfig: { uri: '/health', method: 'GET' } },
  serverIp: ['10.0.0.10', '10.0.0.11'],
})
await api.createFrontend({ lbId: lb.id, name: 'http', inboundPort: 80, backendId: backend.id, enableHttp3: false })
const { lbs } = await api.listLbs({ tags: ['quickstart'] })
for (const each of lbs) {
  console.log(`${each.name} ${each.status} ${each.ip[0]?.ipAddress ?? '-'} frontends=${each.frontendCount}`)
}
