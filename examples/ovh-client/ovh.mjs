// OVHcloud's own Node.js client (npm `ovh` 2.0.3) against this control plane's OVH dialect.
//
//   OVH_BASE_URL=http://127.0.0.1:8080/1.0 OVH_APPLICATION_KEY=... OVH_APPLICATION_SECRET=... \
//     node ovh.mjs credential [redirection] [rules]   asks for a consumer key: prints validationUrl and consumerKey
//                       (rules: METHOD:path,... default GET:/ipLoadbalancing,GET:/ipLoadbalancing/*,PUT:/ipLoadbalancing/*)
//   ... OVH_CONSUMER_KEY=... node ovh.mjs services     lists the services (load balancers) and shows each
//   ... OVH_CONSUMER_KEY=... node ovh.mjs get <path> [json]   any GET, e.g. /ipLoadbalancing or /auth/time; the
//                       JSON object's properties become query filters, e.g. '{"zone":"all"}'
//   ... OVH_CONSUMER_KEY=... node ovh.mjs put <path> <json>   a PUT of that JSON body, e.g. a service's displayName
//   ... OVH_CONSUMER_KEY=... node ovh.mjs post <path> [json]  a POST, e.g. .../http/farm '{"zone":"all"}', or
//                       .../refresh without a body (applies the staged configuration; poll .../task/<id> until done)
//   ... OVH_CONSUMER_KEY=... node ovh.mjs delete <path>       a DELETE
//
// Each command prints one JSON line: {"ok":true,"result":...} or {"ok":false,"error":<status>,"message":...}.
// OVH_TIME_DIFF (seconds) presets the client's clock correction instead of asking GET /auth/time.
import http from 'node:http'
import https from 'node:https'
import makeClient from 'ovh'

const base = new URL(process.env.OVH_BASE_URL ?? 'http://127.0.0.1:8080/1.0')
if (base.protocol === 'http:') {
  // The client always speaks https (require('https')); over plain HTTP, hand its two calls to the http module.
  // It still signs https://<host without port>/..., which the server accepts.
  https.request = http.request
  https.get = http.get
}

const ovh = makeClient({
  host: base.hostname, // no `endpoint`: it only takes OVH's preset names and would replace the host
  port: Number(base.port) || (base.protocol === 'http:' ? 80 : 443),
  basePath: base.pathname.replace(/\/$/, '') || '/1.0',
  appKey: process.env.OVH_APPLICATION_KEY,
  appSecret: process.env.OVH_APPLICATION_SECRET,
  consumerKey: process.env.OVH_CONSUMER_KEY ?? null,
  apiTimeDiff: process.env.OVH_TIME_DIFF ? Number(process.env.OVH_TIME_DIFF) : null,
  timeout: 10000,
})

async function run ([command, argument, rules]) {
  // rules is the third argument of credential, the JSON body of put and post, the query filters of get
  switch (command) {
    case 'credential':
      return ovh.requestPromised('POST', '/auth/credential', {
        accessRules: (rules ?? 'GET:/ipLoadbalancing,GET:/ipLoadbalancing/*,PUT:/ipLoadbalancing/*').split(',').map((rule) => {
          const [method, path] = rule.split(':')
          return { method, path }
        }),
        redirection: argument,
      })
    case 'services': {
      const names = await ovh.requestPromised('GET', '/ipLoadbalancing')
      return Promise.all(names.map((name) => ovh.requestPromised('GET', '/ipLoadbalancing/{serviceName}',
        { serviceName: name })))
    }
    case 'get':
      return rules ? ovh.requestPromised('GET', argument, JSON.parse(rules)) : ovh.requestPromised('GET', argument)
    case 'put':
      return ovh.requestPromised('PUT', argument, JSON.parse(rules))
    case 'post':
      return rules ? ovh.requestPromised('POST', argument, JSON.parse(rules)) : ovh.requestPromised('POST', argument)
    case 'delete':
      return ovh.requestPromised('DELETE', argument)
    default:
      throw new Error(`unknown command ${command}`)
  }
}

try {
  console.log(JSON.stringify({ ok: true, result: await run(process.argv.slice(2)) }))
} catch (failure) {
  // requestPromised rejects with {error: <HTTP status>, message: <the body's message>}
  console.log(JSON.stringify({ ok: false, error: failure.error ?? String(failure), message: failure.message }))
}
