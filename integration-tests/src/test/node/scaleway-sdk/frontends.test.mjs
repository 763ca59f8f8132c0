import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Errors } from '@scaleway/sdk-client'
import { assertFrontend, rejectsWith } from './support/expect.mjs'
import { newBackend, newFrontend, newLb } from './support/fixtures.mjs'
import { forEachApi } from './support/sdk.mjs'

forEachApi(({ api }) => {
  test('createFrontend and getFrontend answer a complete Frontend embedding its backend and LB', async () => {
    const lb = await newLb(api)
    const backend = await newBackend(api, lb.id)

    const created = await api.createFrontend({
      lbId: lb.id, backendId: backend.id, name: 'https', inboundPort: 443, timeoutClient: '30s',
      connectionRateLimit: 100, enableAccessLogs: true,
    })

    assertFrontend(created)
    assert.equal(created.name, 'https')
    assert.equal(created.inboundPort, 443)
    assert.equal(created.timeoutClient, 30000)
    assert.equal(created.connectionRateLimit, 100)
    assert.equal(created.enableAccessLogs, true)
    assert.equal(created.enableHttp3, false)
    assert.deepEqual(created.certificateIds, [])
    assert.equal(created.certificate, undefined)
    assert.equal(created.backend.id, backend.id)
    assert.equal(created.lb.id, lb.id)
    assert.equal(created.lb.frontendCount, 1)
    assert.deepEqual(await api.getFrontend({ frontendId: created.id }), created)
  })

  test('updateFrontend moves the port and the backend', async () => {
    const lb = await newLb(api)
    const first = await newBackend(api, lb.id)
    const second = await newBackend(api, lb.id)
    const frontend = await newFrontend(api, lb.id, first.id)
    assert.match(frontend.name, /^lbf-[a-z]+-[a-z]+$/)

    const updated = await api.updateFrontend({
      frontendId: frontend.id, name: 'moved', inboundPort: 8080, backendId: second.id, timeoutClient: '60000',
    })

    assertFrontend(updated)
    assert.equal(updated.name, 'moved')
    assert.equal(updated.inboundPort, 8080)
    assert.equal(updated.backend.id, second.id)
    assert.equal(updated.timeoutClient, 60000)
    assert.deepEqual(updated.createdAt, frontend.createdAt)
    assert.deepEqual(await api.getFrontend({ frontendId: frontend.id }), updated)
  })

  test('listFrontends filters by name, orders, and .all() walks every page; deleteFrontend removes', async () => {
    const lb = await newLb(api)
    const backend = await newBackend(api, lb.id)
    const ids = []
    for (const [name, inboundPort] of [['f1', 80], ['f2', 443], ['f3', 8080]]) {
      ids.push((await newFrontend(api, lb.id, backend.id, { name, inboundPort })).id)
    }

    const page = await api.listFrontends({ lbId: lb.id, pageSize: 2, orderBy: 'name_desc' })
    const all = await api.listFrontends({ lbId: lb.id, pageSize: 1 }).all()
    const named = await api.listFrontends({ lbId: lb.id, name: 'f3' })

    assert.equal(page.totalCount, 3)
    assert.deepEqual(page.frontends.map((frontend) => frontend.name), ['f3', 'f2'])
    page.frontends.forEach(assertFrontend)
    assert.deepEqual(all.map((frontend) => frontend.id), ids)
    assert.deepEqual(named.frontends.map((frontend) => frontend.id), [ids[2]])

    assert.equal(await api.deleteFrontend({ frontendId: ids[0] }), undefined)
    await rejectsWith(api.getFrontend({ frontendId: ids[0] }), Errors.ResourceNotFoundError)
    assert.equal((await api.getLb({ lbId: lb.id })).frontendCount, 2)
  })
})
