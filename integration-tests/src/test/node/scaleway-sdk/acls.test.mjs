import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { Errors } from '@scaleway/sdk-client'
import { assertAcl, rejectsWith } from './support/expect.mjs'
import { newFrontendStack } from './support/fixtures.mjs'
import { forEachApi, zonedApi } from './support/sdk.mjs'

const deny = { type: 'deny' }

forEachApi(({ api }) => {
  test('createAcl and getAcl answer a complete Acl embedding its frontend', async () => {
    const { lb, frontend } = await newFrontendStack(api)

    const created = await api.createAcl({
      frontendId: frontend.id, name: 'office', description: 'only the office', index: 4,
      action: { type: 'allow' },
      match: { ipSubnet: ['192.168.0.1', '192.168.10.0/24'], invert: true },
    })

    assertAcl(created)
    assert.equal(created.name, 'office')
    assert.equal(created.description, 'only the office')
    assert.equal(created.index, 4)
    assert.deepEqual(created.action, { type: 'allow', redirect: undefined })
    assert.deepEqual(created.match, {
      ipSubnet: ['192.168.0.1', '192.168.10.0/24'], ipsEdgeServices: false, httpFilter: 'acl_http_filter_none',
      httpFilterValue: [], httpFilterOption: null, invert: true,
    })
    assert.equal(created.frontend.id, frontend.id)
    assert.equal(created.frontend.lb.id, lb.id)
    assert.deepEqual(await api.getAcl({ aclId: created.id }), created)
  })

  test('updateAcl replaces the rule: a redirect on an HTTP path', async () => {
    const { frontend } = await newFrontendStack(api)
    const acl = await api.createAcl({ frontendId: frontend.id, description: '', index: 0, action: deny })
    assert.match(acl.name, /^acl-[a-z]+-[a-z]+$/)

    const updated = await api.updateAcl({
      aclId: acl.id, name: 'to-https', index: 1,
      action: { type: 'redirect', redirect: { type: 'scheme', target: 'https', code: 301 } },
      match: { httpFilter: 'path_begin', httpFilterValue: ['/admin', '/login'], invert: false },
    })

    assertAcl(updated)
    assert.equal(updated.name, 'to-https')
    assert.equal(updated.index, 1)
    assert.deepEqual(updated.action.redirect, { type: 'scheme', target: 'https', code: 301 })
    assert.equal(updated.match.httpFilter, 'path_begin')
    assert.deepEqual(updated.match.httpFilterValue, ['/admin', '/login'])
    assert.deepEqual(updated.createdAt, acl.createdAt)
    assert.deepEqual(await api.getAcl({ aclId: acl.id }), updated)
  })

  test('listAcls filters by name, orders, and .all() walks every page; deleteAcl removes', async () => {
    const { frontend } = await newFrontendStack(api)
    const ids = []
    for (const [index, name] of ['a2', 'a3', 'a1'].entries()) {
      ids.push((await api.createAcl({ frontendId: frontend.id, name, description: '', index, action: deny })).id)
    }

    const page = await api.listAcls({ frontendId: frontend.id, pageSize: 2, orderBy: 'name_asc' })
    const all = await api.listAcls({ frontendId: frontend.id, pageSize: 2 }).all()
    const named = await api.listAcls({ frontendId: frontend.id, name: 'a3' })

    assert.equal(page.totalCount, 3)
    assert.deepEqual(page.acls.map((acl) => acl.name), ['a1', 'a2'])
    page.acls.forEach(assertAcl)
    assert.deepEqual(all.map((acl) => acl.id), ids)
    assert.deepEqual(named.acls.map((acl) => acl.id), [ids[1]])

    assert.equal(await api.deleteAcl({ aclId: ids[0] }), undefined)
    await rejectsWith(api.getAcl({ aclId: ids[0] }), Errors.ResourceNotFoundError)
    assert.equal((await api.listAcls({ frontendId: frontend.id })).totalCount, 2)
  })
})

describe('Lbv1.ZonedAPI only', () => {
  test('setAcls replaces every ACL of the frontend at once', async () => {
    const api = zonedApi()
    const { frontend } = await newFrontendStack(api)
    const old = await api.createAcl({ frontendId: frontend.id, name: 'old', description: '', index: 0, action: deny })

    const set = await api.setAcls({
      frontendId: frontend.id,
      acls: [
        { name: 'second', description: '', index: 2, action: { type: 'allow' }, match: { ipSubnet: ['10.0.0.0/8'] } },
        { name: 'first', description: 'header', index: 1, action: deny,
          match: { httpFilter: 'http_header_match', httpFilterValue: ['secret'], httpFilterOption: 'X-Api-Key' } },
      ],
    })

    assert.equal(set.totalCount, 2)
    assert.deepEqual(set.acls.map((acl) => acl.name), ['first', 'second'])
    set.acls.forEach(assertAcl)
    assert.equal(set.acls[0].match.httpFilterOption, 'X-Api-Key')
    await rejectsWith(api.getAcl({ aclId: old.id }), Errors.ResourceNotFoundError)
    assert.deepEqual((await api.listAcls({ frontendId: frontend.id, orderBy: 'name_asc' })).acls, set.acls)
  })
})
