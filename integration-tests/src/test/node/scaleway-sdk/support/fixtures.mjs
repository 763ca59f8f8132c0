// The smallest valid requests, as the SDK's TypeScript types demand them, so that tests state only what matters.
import { randomUUID } from 'node:crypto'

/** A tag no other test uses: lists filtered by it see only what one test made, whatever ran before. */
export const uniqueTag = () => `sdk-${randomUUID()}`

export const newLb = (api, request = {}) => api.createLb({ type: 'LB-S', description: '', ...request })

/** The SDK reads `healthCheck` unconditionally: without one it throws before sending anything. */
export const backendRequest = (lbId, request = {}) => ({
  lbId,
  forwardProtocol: 'http',
  forwardPort: 8080,
  forwardPortAlgorithm: 'roundrobin',
  stickySessions: 'none',
  stickySessionsCookieName: '',
  healthCheck: { port: 8080, checkMaxRetries: 3, checkSendProxy: false, tcpConfig: {} },
  serverIp: [],
  ...request,
})

export const newBackend = (api, lbId, request) => api.createBackend(backendRequest(lbId, request))

export const newFrontend = (api, lbId, backendId, request = {}) =>
  api.createFrontend({ lbId, backendId, inboundPort: 80, enableAccessLogs: false, ...request })

/** An LB whose frontend passes traffic to a backend: what ACLs and routes hang from. */
export const newFrontendStack = async (api, forwardProtocol = 'http') => {
  const lb = await newLb(api)
  const backend = await newBackend(api, lb.id, { forwardProtocol })
  const frontend = await newFrontend(api, lb.id, backend.id)
  return { lb, backend, frontend }
}
