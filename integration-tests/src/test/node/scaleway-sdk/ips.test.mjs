import assert from 'node:assert/strict'
import { isIP } from 'node:net'
import { test } from 'node:test'
import { Errors } from '@scaleway/sdk-client'
import { assertIp, assertLb, rejectsWith } from './support/expect.mjs'
import { newLb, uniqueTag } from './support/fixtures.mjs'
import { forEachApi } from './support/sdk.mjs'
import * as settings from './support/settings.mjs'

forEachApi(({ api }) => {
  test('createIp and getIp answer a complete, detached Ip', async () => {
    const tag = uniqueTag()
    const v4 = await api.createIp({ isIpv6: false, reverse: 'www.example.com', tags: [tag] })
    const v6 = await api.createIp({ isIpv6: true })

    assertIp(v4)
    assert.equal(isIP(v4.ipAddress), 4)
    assert.equal(v4.reverse, 'www.example.com')
    assert.deepEqual(v4.tags, [tag])
    assert.equal(v4.lbId, null)
    assert.equal(v4.projectId, settings.main.projectId)
    assertIp(v6)
    assert.equal(isIP(v6.ipAddress), 6)
    assert.deepEqual(await api.getIp({ ipId: v4.id }), v4)
  })

  test('updateIp renames, attaches and detaches; releaseIp deletes', async () => {
    const ip = await api.createIp({ isIpv6: false })
    const lb = await newLb(api, { assignFlexibleIp: false })
    assert.deepEqual(lb.ip, [])

    const renamed = await api.updateIp({ ipId: ip.id, reverse: 'api.example.com', tags: ['edge'] })
    const attached = await api.updateIp({ ipId: ip.id, lbId: lb.id })
    const withIp = await api.getLb({ lbId: lb.id })
    // The SDK drops an undefined lbId from the body: null is how a JS caller asks for a detach.
    const detached = await api.updateIp({ ipId: ip.id, lbId: null })

    assertIp(renamed)
    assert.equal(renamed.reverse, 'api.example.com')
    assert.deepEqual(renamed.tags, ['edge'])
    assert.equal(attached.lbId, lb.id)
    assert.deepEqual(attached.tags, ['edge'], 'what the PATCH leaves out stays')
    assertLb(withIp)
    assert.deepEqual(withIp.ip, [attached])
    assert.equal(detached.lbId, null)
    assert.deepEqual((await api.getLb({ lbId: lb.id })).ip, [])

    assert.equal(await api.releaseIp({ ipId: ip.id }), undefined)
    await rejectsWith(api.getIp({ ipId: ip.id }), Errors.ResourceNotFoundError)
  })

  test('listIPs filters by tag, type and address, and .all() walks every page', async () => {
    const tag = uniqueTag()
    const ips = []
    for (const isIpv6 of [false, true, false]) {
      ips.push(await api.createIp({ isIpv6, tags: [tag] }))
    }

    const page = await api.listIPs({ tags: [tag], pageSize: 2 })
    const all = await api.listIPs({ tags: [tag], pageSize: 1 }).all()
    const v6 = await api.listIPs({ tags: [tag], ipType: 'ipv6' })
    const one = await api.listIPs({ ipAddress: ips[2].ipAddress, projectId: settings.main.projectId })

    assert.equal(page.totalCount, 3)
    assert.equal(page.ips.length, 2)
    page.ips.forEach(assertIp)
    assert.deepEqual(all, ips)
    assert.deepEqual(v6.ips, [ips[1]])
    assert.deepEqual(one.ips, [ips[2]])
  })
})
