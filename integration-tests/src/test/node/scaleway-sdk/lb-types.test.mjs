import assert from 'node:assert/strict'
import { test } from 'node:test'
import { assertLbType } from './support/expect.mjs'
import { forEachApi } from './support/sdk.mjs'

forEachApi(({ api }) => {
  test('listLbTypes answers every offer, and .all() walks the pages to the same list', async () => {
    const first = await api.listLbTypes({})
    const all = await api.listLbTypes({ pageSize: 1 }).all()

    first.lbTypes.forEach(assertLbType)
    assert.equal(first.totalCount, first.lbTypes.length)
    assert.deepEqual(all, first.lbTypes)
    const small = first.lbTypes.find((type) => type.name === 'LB-S')
    assert.ok(small, `LB-S among ${first.lbTypes.map((type) => type.name).join(', ')}`)
    assert.equal(small.stockStatus, 'available')
  })

  test('listLbTypes pages can be iterated with for await', async () => {
    const pages = []
    for await (const page of api.listLbTypes({ pageSize: 2 })) {
      pages.push(page)
    }

    assert.deepEqual(pages.flat(), await api.listLbTypes({}).all())
    assert.ok(pages.every((page) => page.length <= 2))
  })
})
