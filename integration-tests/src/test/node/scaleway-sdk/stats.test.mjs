// Until a data plane reports on them, servers are `stopped` with an `unknown` health check and no change time.
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { test } from 'node:test'
import { Errors } from '@scaleway/sdk-client'
import { assertBackendServerStats, rejectsWith } from './support/expect.mjs'
import { newBackend, newLb } from './support/fixtures.mjs'
import { forEachApi } from './support/sdk.mjs'

/** An LB with two backends of two and one servers. */
const observedLb = async (api) => {
  const lb = await newLb(api)
  const web = await newBackend(api, lb.id, { serverIp: ['10.0.0.1', '10.0.0.2'] })
  const db = await newBackend(api, lb.id, { forwardProtocol: 'tcp', forwardPort: 5432, serverIp: ['2001:db8::5'] })
  return { lb, web, db }
}

const unobserved = (backendId, ip) => ({
  backendId, ip, instanceId: '', serverState: 'stopped', serverStateChangedAt: undefined,
  lastHealthCheckStatus: 'unknown',
})

forEachApi(({ api }) => {
  test('listBackendStats has one entry per server of each pool; .all() walks every page', async () => {
    const { lb, web, db } = await observedLb(api)
    const expected = [unobserved(web.id, '10.0.0.1'), unobserved(web.id, '10.0.0.2'), unobserved(db.id, '2001:db8::5')]

    const page = await api.listBackendStats({ lbId: lb.id, pageSize: 2 })
    const all = await api.listBackendStats({ lbId: lb.id, pageSize: 2 }).all()
    const ofDb = await api.listBackendStats({ lbId: lb.id, backendId: db.id })

    assert.equal(page.totalCount, 3)
    page.backendServersStats.forEach(assertBackendServerStats)
    assert.deepEqual(page.backendServersStats, expected.slice(0, 2))
    assert.deepEqual(all, expected)
    assert.deepEqual([ofDb.backendServersStats, ofDb.totalCount], [expected.slice(2), 1])
  })

  test('getLbStats (deprecated) answers the same servers, of one backend if asked', async () => {
    const { lb, web } = await observedLb(api)

    const stats = await api.getLbStats({ lbId: lb.id })
    const ofWeb = await api.getLbStats({ lbId: lb.id, backendId: web.id })

    assert.deepEqual(stats.backendServersStats, (await api.listBackendStats({ lbId: lb.id })).backendServersStats)
    stats.backendServersStats.forEach(assertBackendServerStats)
    assert.deepEqual(ofWeb.backendServersStats.map((server) => server.ip), ['10.0.0.1', '10.0.0.2'])
  })

  test('an LB without servers has no stats; ResourceNotFoundError for a backend it does not have', async () => {
    const lb = await newLb(api)
    await newBackend(api, lb.id)
    const unknown = randomUUID()

    assert.deepEqual((await api.getLbStats({ lbId: lb.id })).backendServersStats, [])
    assert.equal((await api.listBackendStats({ lbId: lb.id })).totalCount, 0)
    for (const call of [api.listBackendStats, api.getLbStats]) {
      await rejectsWith(call({ lbId: lb.id, backendId: unknown }), Errors.ResourceNotFoundError, (error) => {
        assert.equal(error.resource, 'lb_backend')
        assert.equal(error.resourceId, unknown)
      })
    }
  })
})
