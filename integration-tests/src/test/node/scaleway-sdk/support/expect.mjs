// What the SDK hands its caller for each resource, checked field by field: our answers must survive its
// unmarshalling with the types Scaleway's live API gives (Dates, millisecond numbers, enum strings, embedded
// objects). Enum values are those of @scaleway/sdk-lb 1.4.0 (types.gen.d.ts).
import assert from 'node:assert/strict'
import { isIP } from 'node:net'
import { REGION, ZONE } from './sdk.mjs'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
/** Scaleway's protobuf durations in seconds, as the live API writes them ("0.500s", "0s"). */
const SECONDS = /^\d+(\.\d+)?s$/

const LB_STATUSES = ['unknown', 'ready', 'pending', 'stopped', 'error', 'locked', 'migrating', 'to_create',
  'creating', 'to_delete', 'deleting']
const SSL_LEVELS = ['ssl_compatibility_level_unknown', 'ssl_compatibility_level_intermediate',
  'ssl_compatibility_level_modern', 'ssl_compatibility_level_old']
const PROTOCOLS = ['tcp', 'http']
const ALGORITHMS = ['roundrobin', 'leastconn', 'first']
const STICKY_SESSIONS = ['none', 'cookie', 'table']
const ON_MARKED_DOWN = ['on_marked_down_action_none', 'shutdown_sessions']
const PROXY_PROTOCOLS = ['proxy_protocol_unknown', 'proxy_protocol_none', 'proxy_protocol_v1', 'proxy_protocol_v2',
  'proxy_protocol_v2_ssl', 'proxy_protocol_v2_ssl_cn']
const STOCK = ['unknown', 'low_stock', 'out_of_stock', 'available']
const ACL_ACTIONS = ['allow', 'deny', 'redirect']
const ACL_HTTP_FILTERS = ['acl_http_filter_none', 'path_begin', 'path_end', 'regex', 'http_header_match']
/** `letsencryt` is JS 1.4.0's own (misspelt) value; the live API and newer SDKs say `letsencrypt`. */
const CERTIFICATE_TYPES = ['letsencryt', 'letsencrypt', 'custom']
const CERTIFICATE_STATUSES = ['pending', 'ready', 'error']
const PRIVATE_NETWORK_STATUSES = ['unknown', 'ready', 'pending', 'error']
const SERVER_STATES = ['stopped', 'starting', 'running', 'stopping']
const HEALTH_CHECK_STATUSES = ['unknown', 'neutral', 'failed', 'passed', 'condpass']
const HEALTH_CHECK_CONFIGS = ['tcpConfig', 'mysqlConfig', 'pgsqlConfig', 'ldapConfig', 'redisConfig', 'httpConfig',
  'httpsConfig']

const assertId = (value, what) => assert.match(value, UUID, `${what} should be a UUID`)

const assertDate = (value, what) =>
  assert.ok(value instanceof Date && !Number.isNaN(value.getTime()), `${what} should be a Date, got ${value}`)

const assertOneOf = (value, allowed, what) =>
  assert.ok(allowed.includes(value), `${what} should be one of ${allowed.join(', ')}, got ${value}`)

const assertInteger = (value, what) => assert.ok(Number.isInteger(value), `${what} should be an integer, got ${value}`)

const assertStrings = (value, what) =>
  assert.ok(Array.isArray(value) && value.every((item) => typeof item === 'string'),
    `${what} should be an array of strings, got ${JSON.stringify(value)}`)

const assertTimestamps = (resource, what) => {
  assertDate(resource.createdAt, `${what}.createdAt`)
  assertDate(resource.updatedAt, `${what}.updatedAt`)
}

export const assertIp = (ip) => {
  assertId(ip.id, 'ip.id')
  assert.notEqual(isIP(ip.ipAddress), 0, `ip.ipAddress should be an address, got ${ip.ipAddress}`)
  assertId(ip.organizationId, 'ip.organizationId')
  assertId(ip.projectId, 'ip.projectId')
  if (ip.lbId != null) assertId(ip.lbId, 'ip.lbId')
  assert.equal(typeof ip.reverse, 'string')
  assertStrings(ip.tags, 'ip.tags')
  assert.equal(ip.region, REGION)
  assert.equal(ip.zone, ZONE)
}

export const assertLb = (lb) => {
  assertId(lb.id, 'lb.id')
  assert.equal(typeof lb.name, 'string')
  assert.equal(typeof lb.description, 'string')
  assertOneOf(lb.status, LB_STATUSES, 'lb.status')
  assert.ok(Array.isArray(lb.instances), 'lb.instances should be an array')
  assertId(lb.organizationId, 'lb.organizationId')
  assertId(lb.projectId, 'lb.projectId')
  assert.ok(Array.isArray(lb.ip), 'lb.ip should be an array')
  lb.ip.forEach(assertIp)
  assertStrings(lb.tags, 'lb.tags')
  for (const count of ['frontendCount', 'backendCount', 'routeCount', 'privateNetworkCount']) {
    assertInteger(lb[count], `lb.${count}`)
  }
  assert.equal(typeof lb.type, 'string')
  if (lb.subscriber !== undefined) assertSubscriber(lb.subscriber)
  assertOneOf(lb.sslCompatibilityLevel, SSL_LEVELS, 'lb.sslCompatibilityLevel')
  assertTimestamps(lb, 'lb')
  assert.equal(lb.region, REGION)
  assert.equal(lb.zone, ZONE)
}

export const assertHealthCheck = (check) => {
  assertInteger(check.port, 'healthCheck.port')
  assertInteger(check.checkDelay, 'healthCheck.checkDelay (ms)')
  assertInteger(check.checkTimeout, 'healthCheck.checkTimeout (ms)')
  assertInteger(check.checkMaxRetries, 'healthCheck.checkMaxRetries')
  assert.equal(typeof check.checkSendProxy, 'boolean')
  assert.match(check.transientCheckDelay, SECONDS)
  const configs = HEALTH_CHECK_CONFIGS.filter((config) => check[config] !== undefined)
  assert.equal(configs.length, 1, `exactly one health check config, got ${configs.join(', ')}`)
}

export const assertSubscriber = (subscriber) => {
  assertId(subscriber.id, 'subscriber.id')
  assert.equal(typeof subscriber.name, 'string')
  const configs = ['emailConfig', 'webhookConfig'].filter((config) => subscriber[config] !== undefined)
  assert.equal(configs.length, 1, `exactly one subscriber config, got ${configs.join(', ')}`)
  if (subscriber.emailConfig) assert.equal(typeof subscriber.emailConfig.email, 'string')
  if (subscriber.webhookConfig) assert.equal(typeof subscriber.webhookConfig.uri, 'string')
}

/** Validity bounds are Dates once known: a Let's Encrypt certificate still pending has none. */
export const assertCertificate = (certificate) => {
  assertId(certificate.id, 'certificate.id')
  assertOneOf(certificate.type, CERTIFICATE_TYPES, 'certificate.type')
  assert.equal(typeof certificate.commonName, 'string')
  assertStrings(certificate.subjectAlternativeName, 'certificate.subjectAlternativeName')
  assert.match(certificate.fingerprint, /^([0-9a-f]{40})?$/, 'certificate.fingerprint: SHA-1 in hex, or empty')
  for (const bound of ['notValidBefore', 'notValidAfter']) {
    if (certificate[bound] !== undefined) assertDate(certificate[bound], `certificate.${bound}`)
  }
  assertOneOf(certificate.status, CERTIFICATE_STATUSES, 'certificate.status')
  assert.ok(certificate.statusDetails === null || typeof certificate.statusDetails === 'string',
    `certificate.statusDetails should be null or a string, got ${certificate.statusDetails}`)
  assertLb(certificate.lb)
  assert.equal(typeof certificate.name, 'string')
  assertTimestamps(certificate, 'certificate')
}

export const assertPrivateNetwork = (network) => {
  assertLb(network.lb)
  assert.ok(Array.isArray(network.ipamIds), 'privateNetwork.ipamIds should be an array')
  network.ipamIds.forEach((id) => assertId(id, 'privateNetwork.ipamIds[]'))
  const configs = ['staticConfig', 'dhcpConfig', 'ipamConfig'].filter((config) => network[config] !== undefined)
  assert.ok(configs.length <= 1, `at most one private network config, got ${configs.join(', ')}`)
  assertId(network.privateNetworkId, 'privateNetwork.privateNetworkId')
  assertOneOf(network.status, PRIVATE_NETWORK_STATUSES, 'privateNetwork.status')
  assertTimestamps(network, 'privateNetwork')
}

export const assertBackendServerStats = (stats) => {
  assert.equal(typeof stats.instanceId, 'string')
  assertId(stats.backendId, 'backendServerStats.backendId')
  assert.notEqual(isIP(stats.ip), 0, `backendServerStats.ip should be an address, got ${stats.ip}`)
  assertOneOf(stats.serverState, SERVER_STATES, 'backendServerStats.serverState')
  if (stats.serverStateChangedAt !== undefined) {
    assertDate(stats.serverStateChangedAt, 'backendServerStats.serverStateChangedAt')
  }
  assertOneOf(stats.lastHealthCheckStatus, HEALTH_CHECK_STATUSES, 'backendServerStats.lastHealthCheckStatus')
}

export const assertBackend = (backend) => {
  assertId(backend.id, 'backend.id')
  assert.equal(typeof backend.name, 'string')
  assertOneOf(backend.forwardProtocol, PROTOCOLS, 'backend.forwardProtocol')
  assertInteger(backend.forwardPort, 'backend.forwardPort')
  assertOneOf(backend.forwardPortAlgorithm, ALGORITHMS, 'backend.forwardPortAlgorithm')
  assertOneOf(backend.stickySessions, STICKY_SESSIONS, 'backend.stickySessions')
  assert.equal(typeof backend.stickySessionsCookieName, 'string')
  assertHealthCheck(backend.healthCheck)
  assertStrings(backend.pool, 'backend.pool')
  assertLb(backend.lb)
  assert.equal(typeof backend.sendProxyV2, 'boolean')
  for (const timeout of ['timeoutServer', 'timeoutConnect', 'timeoutTunnel']) {
    assertInteger(backend[timeout], `backend.${timeout} (ms)`)
  }
  assert.match(backend.timeoutQueue, SECONDS)
  assertOneOf(backend.onMarkedDownAction, ON_MARKED_DOWN, 'backend.onMarkedDownAction')
  assertOneOf(backend.proxyProtocol, PROXY_PROTOCOLS, 'backend.proxyProtocol')
  assertTimestamps(backend, 'backend')
}

export const assertFrontend = (frontend) => {
  assertId(frontend.id, 'frontend.id')
  assert.equal(typeof frontend.name, 'string')
  assertInteger(frontend.inboundPort, 'frontend.inboundPort')
  assertBackend(frontend.backend)
  assertLb(frontend.lb)
  assert.equal(frontend.lb.id, frontend.backend.lb.id, 'the frontend and its backend share their LB')
  assertInteger(frontend.timeoutClient, 'frontend.timeoutClient (ms)')
  assertStrings(frontend.certificateIds, 'frontend.certificateIds')
  if (frontend.certificate !== undefined) {
    assertCertificate(frontend.certificate)
    assert.equal(frontend.certificate.id, frontend.certificateIds[0], 'the embedded certificate is the first')
  }
  assert.equal(typeof frontend.enableHttp3, 'boolean')
  assert.equal(typeof frontend.enableAccessLogs, 'boolean')
  assertTimestamps(frontend, 'frontend')
}

export const assertAcl = (acl) => {
  assertId(acl.id, 'acl.id')
  assert.equal(typeof acl.name, 'string')
  assert.equal(typeof acl.description, 'string')
  assertInteger(acl.index, 'acl.index')
  assertOneOf(acl.action.type, ACL_ACTIONS, 'acl.action.type')
  assertStrings(acl.match.ipSubnet, 'acl.match.ipSubnet')
  assert.equal(typeof acl.match.ipsEdgeServices, 'boolean')
  assertOneOf(acl.match.httpFilter, ACL_HTTP_FILTERS, 'acl.match.httpFilter')
  assertStrings(acl.match.httpFilterValue, 'acl.match.httpFilterValue')
  assert.equal(typeof acl.match.invert, 'boolean')
  assertFrontend(acl.frontend)
  assertTimestamps(acl, 'acl')
}

export const assertRoute = (route) => {
  assertId(route.id, 'route.id')
  assertId(route.frontendId, 'route.frontendId')
  assertId(route.backendId, 'route.backendId')
  assert.equal(typeof route.match.matchSubdomains, 'boolean')
  const kinds = ['sni', 'hostHeader', 'pathBegin'].filter((kind) => route.match[kind] != null)
  assert.equal(kinds.length, 1, `exactly one match kind, got ${kinds.join(', ')}`)
  assertTimestamps(route, 'route')
}

export const assertLbType = (type) => {
  assert.equal(typeof type.name, 'string')
  assertOneOf(type.stockStatus, STOCK, 'lbType.stockStatus')
  assert.equal(typeof type.description, 'string')
  assert.equal(type.region, REGION)
  assert.equal(type.zone, ZONE)
}

/** Awaits a rejection of the SDK's typed class `ErrorClass`, then lets `check` look at it. */
export const rejectsWith = (promise, ErrorClass, check = () => {}) =>
  assert.rejects(promise, (error) => {
    assert.ok(error instanceof ErrorClass,
      `expected ${ErrorClass.name}, got ${error?.name}: ${error?.message} ${JSON.stringify(error?.body)}`)
    check(error)
    return true
  })
