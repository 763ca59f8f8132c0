// The regional class names the private network in the path (…/private-networks/{id}/attach), the zoned one in the
// body (…/attach-private-network): the same calls here go both ways.
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { test } from 'node:test'
import { Errors } from '@scaleway/sdk-client'
import { assertPrivateNetwork, rejectsWith } from './support/expect.mjs'
import { newLb } from './support/fixtures.mjs'
import { forEachApi } from './support/sdk.mjs'

forEachApi(({ api }) => {
  test('attachPrivateNetwork books an address on the network and answers a pending PrivateNetwork', async () => {
    const lb = await newLb(api)
    const privateNetworkId = randomUUID()

    const attached = await api.attachPrivateNetwork({ lbId: lb.id, privateNetworkId })

    assertPrivateNetwork(attached)
    assert.equal(attached.privateNetworkId, privateNetworkId)
    assert.equal(attached.status, 'pending')
    assert.equal(attached.ipamIds.length, 1, 'a new address, booked by IPAM')
    assert.deepEqual(attached.dhcpConfig, { ipId: attached.ipamIds[0] }, 'shown in the deprecated form too')
    assert.equal(attached.staticConfig, undefined)
    assert.equal(attached.lb.id, lb.id)
    assert.equal(attached.lb.privateNetworkCount, 1)
    assert.equal((await api.getLb({ lbId: lb.id })).privateNetworkCount, 1)
  })

  test('attachPrivateNetwork takes a reserved IPAM address, or the deprecated static and DHCP configs', async () => {
    const lb = await newLb(api)
    const ipamId = randomUUID()
    const dhcpIp = randomUUID()

    const reserved = await api.attachPrivateNetwork({ lbId: lb.id, privateNetworkId: randomUUID(), ipamIds: [ipamId] })
    const fixed = await api.attachPrivateNetwork({
      lbId: lb.id, privateNetworkId: randomUUID(), staticConfig: { ipAddress: ['172.16.0.10/24'] },
    })
    const dhcp = await api.attachPrivateNetwork({
      lbId: lb.id, privateNetworkId: randomUUID(), dhcpConfig: { ipId: dhcpIp },
    })

    for (const attached of [reserved, fixed, dhcp]) {
      assertPrivateNetwork(attached)
    }
    assert.deepEqual(reserved.ipamIds, [ipamId])
    assert.deepEqual(reserved.dhcpConfig, { ipId: ipamId })
    assert.deepEqual(fixed.staticConfig, { ipAddress: ['172.16.0.10/24'] })
    assert.equal(fixed.dhcpConfig, undefined)
    assert.deepEqual(dhcp.ipamIds, [dhcpIp])
    assert.deepEqual(dhcp.dhcpConfig, { ipId: dhcpIp })
    assert.equal(dhcp.lb.privateNetworkCount, 3)
  })

  test('listLbPrivateNetworks orders and .all() walks every page; detachPrivateNetwork removes', async () => {
    const lb = await newLb(api)
    const networks = [randomUUID(), randomUUID(), randomUUID()]
    for (const privateNetworkId of networks) {
      await api.attachPrivateNetwork({ lbId: lb.id, privateNetworkId })
    }

    const page = await api.listLbPrivateNetworks({ lbId: lb.id, pageSize: 2, orderBy: 'created_at_desc' })
    const all = await api.listLbPrivateNetworks({ lbId: lb.id, pageSize: 2 }).all()

    assert.equal(page.totalCount, 3)
    assert.deepEqual(page.privateNetwork.map((network) => network.privateNetworkId), networks.slice(1).reverse())
    page.privateNetwork.forEach(assertPrivateNetwork)
    assert.deepEqual(all.map((network) => network.privateNetworkId), networks, 'creation order by default')

    assert.equal(await api.detachPrivateNetwork({ lbId: lb.id, privateNetworkId: networks[0] }), undefined)
    const left = await api.listLbPrivateNetworks({ lbId: lb.id })
    assert.deepEqual(left.privateNetwork.map((network) => network.privateNetworkId), networks.slice(1))
    assert.equal((await api.getLb({ lbId: lb.id })).privateNetworkCount, 2)
  })

  test('AlreadyExistsError attaching a network twice; ResourceNotFoundError detaching one not attached', async () => {
    const lb = await newLb(api)
    const privateNetworkId = randomUUID()
    await api.attachPrivateNetwork({ lbId: lb.id, privateNetworkId })

    await rejectsWith(api.attachPrivateNetwork({ lbId: lb.id, privateNetworkId }), Errors.AlreadyExistsError,
      (error) => {
        assert.equal(error.status, 409)
        assert.equal(error.resource, 'lb_private_network')
        assert.equal(error.resourceId, privateNetworkId)
      })
    const unknown = randomUUID()
    await rejectsWith(api.detachPrivateNetwork({ lbId: lb.id, privateNetworkId: unknown }),
      Errors.ResourceNotFoundError, (error) => {
        assert.equal(error.resource, 'lb_private_network')
        assert.equal(error.resourceId, unknown)
      })
  })
})
