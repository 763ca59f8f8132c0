import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Errors } from '@scaleway/sdk-client'
import { assertLb, rejectsWith } from './support/expect.mjs'
import { newBackend, newLb, uniqueTag } from './support/fixtures.mjs'
import { forEachApi } from './support/sdk.mjs'
import * as settings from './support/settings.mjs'

forEachApi(({ api }) => {
  test('createLb, getLb and updateLb answer a complete Lb', async () => {
    const tag = uniqueTag()
    const created = await api.createLb({
      name: 'web', description: 'front door', type: 'LB-S', tags: [tag],
      sslCompatibilityLevel: 'ssl_compatibility_level_modern', assignFlexibleIpv6: true,
    })

    assertLb(created)
    assert.equal(created.name, 'web')
    assert.equal(created.description, 'front door')
    assert.equal(created.type, 'LB-S')
    assert.deepEqual(created.tags, [tag])
    assert.equal(created.sslCompatibilityLevel, 'ssl_compatibility_level_modern')
    assert.equal(created.projectId, settings.main.projectId)
    assert.equal(created.status, 'to_create')
    assert.deepEqual(created.ip.map((ip) => ip.lbId), [created.id, created.id], 'an IPv4 and an IPv6')
    assert.deepEqual([created.frontendCount, created.backendCount, created.routeCount], [0, 0, 0])
    assert.deepEqual(await api.getLb({ lbId: created.id }), created)

    const updated = await api.updateLb({
      lbId: created.id, name: 'web-renamed', description: '', tags: [tag, 'second'],
      sslCompatibilityLevel: 'ssl_compatibility_level_old',
    })

    assertLb(updated)
    assert.equal(updated.name, 'web-renamed')
    assert.equal(updated.description, '')
    assert.deepEqual(updated.tags, [tag, 'second'])
    assert.equal(updated.sslCompatibilityLevel, 'ssl_compatibility_level_old')
    assert.deepEqual(updated.createdAt, created.createdAt)
    assert.ok(updated.updatedAt >= created.updatedAt)
    assert.deepEqual(await api.getLb({ lbId: created.id }), updated)
  })

  test('without a name the SDK invents one, and a new LB gets an IPv4 alone', async () => {
    const lb = await api.createLb({ description: '', type: 'LB-S' })

    assert.match(lb.name, /^lb-[a-z]+-[a-z]+$/)
    assert.equal(lb.ip.length, 1)
  })

  test('listLbs filters by tag, name and project, orders, and .all() walks every page', async () => {
    const tag = uniqueTag()
    const ids = []
    for (const name of ['b', 'c', 'a']) {
      ids.push((await newLb(api, { name: `${tag}-${name}`, tags: [tag] })).id)
    }

    const page = await api.listLbs({ tags: [tag], pageSize: 2 })
    const all = await api.listLbs({ tags: [tag], pageSize: 2 }).all()
    const byName = await api.listLbs({ tags: [tag], orderBy: 'name_desc' })
    const named = await api.listLbs({ name: `${tag}-c`, projectId: settings.main.projectId })

    assert.equal(page.totalCount, 3)
    assert.deepEqual(page.lbs.map((lb) => lb.id), ids.slice(0, 2), 'creation order by default')
    page.lbs.forEach(assertLb)
    assert.deepEqual(all.map((lb) => lb.id), ids)
    assert.deepEqual(byName.lbs.map((lb) => lb.name), ['c', 'b', 'a'].map((name) => `${tag}-${name}`))
    assert.deepEqual(named.lbs.map((lb) => lb.id), [ids[1]])
  })

  test('migrateLb moves the LB to another offer and answers the Lb', async () => {
    const lb = await newLb(api, { type: 'LB-S' })

    const bigger = await api.migrateLb({ lbId: lb.id, type: 'LB-GP-M' })

    assertLb(bigger)
    assert.equal(bigger.id, lb.id)
    assert.equal(bigger.type, 'LB-GP-M')
    assert.deepEqual(bigger.createdAt, lb.createdAt)
    assert.deepEqual(await api.getLb({ lbId: lb.id }), bigger)
    assert.equal((await api.migrateLb({ lbId: lb.id, type: 'LB-S' })).type, 'LB-S', 'back down: it still fits')
  })

  test('migrateLb refuses an offer the LB does not fit, and one that does not exist', async () => {
    const lb = await newLb(api, { type: 'LB-GP-M' })
    // LB-S takes 50 servers per backend, LB-GP-M 100.
    const servers = Array.from({ length: 51 }, (_, i) => `10.2.0.${i + 1}`)
    await newBackend(api, lb.id, { serverIp: servers })

    await rejectsWith(api.migrateLb({ lbId: lb.id, type: 'LB-S' }), Errors.QuotasExceededError, (error) => {
      assert.equal(error.status, 403)
      assert.deepEqual(error.list, [{ resource: 'lb_backend_servers', quota: 50, current: 51, scope: undefined }])
    })
    await rejectsWith(api.migrateLb({ lbId: lb.id, type: 'LB-XXL' }), Errors.InvalidArgumentsError,
      (error) => assert.deepEqual(error.details.map((detail) => detail.argumentName), ['type']))
    assert.equal((await api.getLb({ lbId: lb.id })).type, 'LB-GP-M')
  })

  test('deleteLb keeps or releases its flexible IP', async () => {
    const kept = await newLb(api)
    const released = await newLb(api)

    assert.equal(await api.deleteLb({ lbId: kept.id, releaseIp: false }), undefined)
    assert.equal(await api.deleteLb({ lbId: released.id, releaseIp: true }), undefined)

    await rejectsWith(api.getLb({ lbId: kept.id }), Errors.ResourceNotFoundError)
    const ip = await api.getIp({ ipId: kept.ip[0].id })
    assert.equal(ip.lbId, null)
    assert.equal(ip.ipAddress, kept.ip[0].ipAddress)
    await rejectsWith(api.getIp({ ipId: released.ip[0].id }), Errors.ResourceNotFoundError)
  })
})
