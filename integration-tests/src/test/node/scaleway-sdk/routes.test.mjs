import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Errors } from '@scaleway/sdk-client'
import { assertRoute, rejectsWith } from './support/expect.mjs'
import { newBackend, newFrontendStack } from './support/fixtures.mjs'
import { forEachApi } from './support/sdk.mjs'

forEachApi(({ api }) => {
  test('createRoute and getRoute answer a Route; the LB counts it', async () => {
    const { lb, frontend } = await newFrontendStack(api, 'tcp')
    const target = await newBackend(api, lb.id, { forwardProtocol: 'tcp' })

    const created = await api.createRoute({
      frontendId: frontend.id, backendId: target.id, match: { sni: 'sni.example.com', matchSubdomains: false },
    })

    assertRoute(created)
    assert.equal(created.frontendId, frontend.id)
    assert.equal(created.backendId, target.id)
    assert.deepEqual(created.match, { sni: 'sni.example.com', matchSubdomains: false, hostHeader: undefined,
      pathBegin: undefined })
    assert.deepEqual(await api.getRoute({ routeId: created.id }), created)
    assert.equal((await api.getLb({ lbId: lb.id })).routeCount, 1)
  })

  test('updateRoute changes the target and the match', async () => {
    const { lb, backend, frontend } = await newFrontendStack(api, 'http')
    const target = await newBackend(api, lb.id)
    const route = await api.createRoute({
      frontendId: frontend.id, backendId: target.id, match: { hostHeader: 'api.example.com', matchSubdomains: true },
    })
    assert.equal(route.match.hostHeader, 'api.example.com')
    assert.equal(route.match.matchSubdomains, true)

    const updated = await api.updateRoute({
      routeId: route.id, backendId: backend.id, match: { pathBegin: '/static', matchSubdomains: false },
    })

    assertRoute(updated)
    assert.equal(updated.backendId, backend.id)
    assert.equal(updated.match.pathBegin, '/static')
    assert.equal(updated.match.hostHeader, undefined)
    assert.deepEqual(updated.createdAt, route.createdAt)
    assert.deepEqual(await api.getRoute({ routeId: route.id }), updated)
  })

  test('listRoutes filters by frontend, orders, and .all() walks every page; deleteRoute removes', async () => {
    const { lb, frontend } = await newFrontendStack(api, 'http')
    const target = await newBackend(api, lb.id)
    const ids = []
    for (const path of ['/a', '/b', '/c']) {
      const route = await api.createRoute({ frontendId: frontend.id, backendId: target.id, match: { pathBegin: path } })
      ids.push(route.id)
    }

    const page = await api.listRoutes({ frontendId: frontend.id, pageSize: 2, orderBy: 'created_at_desc' })
    const all = await api.listRoutes({ frontendId: frontend.id, pageSize: 2 }).all()

    assert.equal(page.totalCount, 3)
    assert.deepEqual(page.routes.map((route) => route.id), [ids[2], ids[1]])
    page.routes.forEach(assertRoute)
    assert.deepEqual(all.map((route) => route.id), ids)

    assert.equal(await api.deleteRoute({ routeId: ids[0] }), undefined)
    await rejectsWith(api.getRoute({ routeId: ids[0] }), Errors.ResourceNotFoundError)
    assert.equal((await api.getLb({ lbId: lb.id })).routeCount, 2)
  })
})
