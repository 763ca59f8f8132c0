// The SDK's waiters end when the data plane has done its part: waitForLb once the LB's HAProxy serves (ready) or,
// for a deleted LB, once it is gone (404), and waitForCertificate once its certificate is ready. They run in the zone the tests' data-plane agent serves
// (pl-waw-1, the first zone of region pl-waw); LBs elsewhere in the suite stay with the status tests give them.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bundle, pems } from './support/certificates.mjs'
import { newLb } from './support/fixtures.mjs'
import { forEachApi } from './support/sdk.mjs'

const SERVED = { zoned: { zone: 'pl-waw-1' }, regional: { region: 'pl-waw' } }
// In seconds, as the SDK counts them.
const WAITING = { timeout: 30, minDelay: 1, maxDelay: 2 }

forEachApi(({ api, zoned }) => {
  const where = zoned ? SERVED.zoned : SERVED.regional

  test('waitForLb returns the LB once the data plane serves it: ready', async () => {
    const lb = await newLb(api, where)
    assert.equal(lb.status, 'to_create')

    const ready = await api.waitForLb({ lbId: lb.id, ...where }, WAITING)

    assert.equal(ready.id, lb.id)
    assert.equal(ready.status, 'ready')
    assert.equal(ready.zone, 'pl-waw-1')
  })

  test('a deleted LB is to_delete, then gone: waitForLb ends with ResourceNotFoundError', async () => {
    const lb = await api.waitForLb({ lbId: (await newLb(api, where)).id, ...where }, WAITING)

    await api.deleteLb({ lbId: lb.id, releaseIp: true, ...where })

    assert.ok(['to_delete', 'deleting'].includes((await api.getLb({ lbId: lb.id, ...where })).status))
    await assert.rejects(api.waitForLb({ lbId: lb.id, ...where }, WAITING), { name: 'ResourceNotFoundError' })
  })

  test('waitForCertificate returns a custom certificate ready', async () => {
    const { authority, leaf } = pems()
    const lb = await api.waitForLb({ lbId: (await newLb(api, where)).id, ...where }, WAITING)
    const created = await api.createCertificate({
      lbId: lb.id, name: 'served', customCertificate: { certificateChain: bundle(leaf, authority) }, ...where,
    })

    const ready = await api.waitForCertificate({ certificateId: created.id, ...where }, WAITING)

    assert.equal(ready.status, 'ready')
    assert.equal(ready.lb.id, lb.id)
  })
})
