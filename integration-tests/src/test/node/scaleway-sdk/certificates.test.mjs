import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Errors } from '@scaleway/sdk-client'
import { bundle, described, pems } from './support/certificates.mjs'
import { assertCertificate, assertFrontend, rejectsWith } from './support/expect.mjs'
import { newBackend, newFrontend, newLb } from './support/fixtures.mjs'
import { forEachApi } from './support/sdk.mjs'

const custom = (api, lbId, certificateChain, name) =>
  api.createCertificate({ lbId, name, customCertificate: { certificateChain } })

// Let's Encrypt certificates stay `pending` here: this suite's LBs live in a zone no data plane serves.
const letsencrypt = (api, lbId, name, commonName = 'app.example.com', subjectAlternativeName = []) =>
  api.createCertificate({ lbId, name, letsencrypt: { commonName, subjectAlternativeName } })

forEachApi(({ api }) => {
  test('createCertificate imports a custom chain: ready, with what its leaf says; getCertificate finds it', async () => {
    const { authority, leaf } = pems()
    const lb = await newLb(api)

    const created = await custom(api, lb.id, bundle(leaf, authority), 'shop')

    assertCertificate(created)
    assert.equal(created.name, 'shop')
    assert.equal(created.type, 'custom')
    assert.equal(created.status, 'ready')
    assert.equal(created.statusDetails, null)
    const expected = described(leaf.certificate)
    assert.deepEqual(expected.subjectAlternativeName, ['shop.example.com', 'www.shop.example.com'])
    for (const [field, value] of Object.entries(expected)) {
      assert.deepEqual(created[field], value, field)
    }
    assert.equal(created.lb.id, lb.id)
    assert.deepEqual(await api.getCertificate({ certificateId: created.id }), created)
  })

  test('an EC leaf alone with its key is enough; the SDK names a certificate left unnamed', async () => {
    const { ecLeaf } = pems()

    const created = await custom(api, (await newLb(api)).id, bundle(ecLeaf))

    assert.match(created.name, /^certificate-[a-z]+-[a-z]+$/)
    assert.equal(created.status, 'ready')
    assert.equal(created.fingerprint, described(ecLeaf.certificate).fingerprint)
    assert.equal(created.commonName, 'api.example.com')
    assert.deepEqual(created.subjectAlternativeName, [])
  })

  test('an expired certificate is kept in error, saying why', async () => {
    const { expired } = pems()

    const created = await custom(api, (await newLb(api)).id, bundle(expired), 'old')

    assertCertificate(created)
    assert.equal(created.status, 'error')
    assert.match(created.statusDetails, /expired/)
    assert.ok(created.notValidAfter < new Date(), 'notValidAfter is in the past')
  })

  test('a Let\'s Encrypt certificate is pending, with its names and no validity yet', async () => {
    const lb = await newLb(api)

    const created = await letsencrypt(api, lb.id, 'le', 'App.Example.com', ['www.example.com'])

    assertCertificate(created)
    assert.equal(created.type, 'letsencrypt')
    assert.equal(created.status, 'pending')
    assert.equal(created.commonName, 'app.example.com')
    assert.deepEqual(created.subjectAlternativeName, ['www.example.com'])
    assert.equal(created.fingerprint, '')
    assert.deepEqual([created.notValidBefore, created.notValidAfter], [undefined, undefined])
    assert.deepEqual(await api.getCertificate({ certificateId: created.id }), created)
  })

  test('updateCertificate renames; listCertificates filters by name, orders, and .all() walks every page; '
    + 'deleteCertificate removes', async () => {
    const lb = await newLb(api)
    const ids = []
    for (const name of ['c2', 'c3', 'c1']) {
      ids.push((await letsencrypt(api, lb.id, name)).id)
    }

    const renamed = await api.updateCertificate({ certificateId: ids[0], name: 'c2-renamed' })
    const page = await api.listCertificates({ lbId: lb.id, pageSize: 2, orderBy: 'name_asc' })
    const all = await api.listCertificates({ lbId: lb.id, pageSize: 2 }).all()
    const named = await api.listCertificates({ lbId: lb.id, name: 'renamed' })

    assertCertificate(renamed)
    assert.equal(renamed.name, 'c2-renamed')
    assert.ok(renamed.updatedAt >= renamed.createdAt)
    assert.equal(page.totalCount, 3)
    assert.deepEqual(page.certificates.map((certificate) => certificate.name), ['c1', 'c2-renamed'])
    page.certificates.forEach(assertCertificate)
    assert.deepEqual(all.map((certificate) => certificate.id), ids, 'creation order by default')
    assert.deepEqual(named.certificates, [renamed])

    assert.equal(await api.deleteCertificate({ certificateId: ids[1] }), undefined)
    await rejectsWith(api.getCertificate({ certificateId: ids[1] }), Errors.ResourceNotFoundError, (error) => {
      assert.equal(error.resource, 'lb_certificate')
      assert.equal(error.resourceId, ids[1])
    })
    assert.equal((await api.listCertificates({ lbId: lb.id })).totalCount, 2)
  })

  test('InvalidArgumentsError names custom_certificate.certificate_chain for a bundle that cannot serve', async () => {
    const { authority, leaf, otherLeaf } = pems()
    const lb = await newLb(api)
    const bundles = {
      'no key': leaf.certificate,
      'the key of another certificate': leaf.certificate + otherLeaf.key,
      'the chain out of order': authority + leaf.certificate + leaf.key,
      'not PEM': 'hello',
    }

    for (const [what, chain] of Object.entries(bundles)) {
      await rejectsWith(custom(api, lb.id, chain, 'bad'), Errors.InvalidArgumentsError, (error) => {
        assert.equal(error.status, 400)
        assert.deepEqual([...new Set(error.details.map((detail) => detail.argumentName))],
          ['custom_certificate.certificate_chain'], what)
      })
    }
    assert.equal((await api.listCertificates({ lbId: lb.id })).totalCount, 0, 'nothing stored')
  })

  test('a frontend serving a certificate embeds it; PreconditionFailedError deleting it until it stops', async () => {
    const { leaf } = pems()
    const lb = await newLb(api)
    const backend = await newBackend(api, lb.id)
    const certificate = await custom(api, lb.id, bundle(leaf), 'tls')
    const other = await letsencrypt(api, lb.id, 'le')

    const frontend = await newFrontend(api, lb.id, backend.id, {
      inboundPort: 443, certificateIds: [certificate.id, other.id],
    })
    // The deprecated single certificate_id still works.
    const legacy = await newFrontend(api, lb.id, backend.id, { inboundPort: 8443, certificateId: other.id })

    assertFrontend(frontend)
    assert.deepEqual(frontend.certificateIds, [certificate.id, other.id])
    assert.equal(frontend.certificate.id, certificate.id)
    assert.equal(frontend.certificate.fingerprint, certificate.fingerprint)
    assert.deepEqual(frontend.certificate.notValidAfter, certificate.notValidAfter)
    assertFrontend(legacy)
    assert.deepEqual(legacy.certificateIds, [other.id])
    assert.equal(legacy.certificate.id, other.id)
    assert.deepEqual((await api.getFrontend({ frontendId: frontend.id })).certificate,
      await api.getCertificate({ certificateId: certificate.id }), 'the certificate embedded whole')

    await rejectsWith(api.deleteCertificate({ certificateId: certificate.id }), Errors.PreconditionFailedError,
      (error) => {
        assert.equal(error.status, 412)
        assert.equal(error.precondition, 'resource_still_in_use')
        assert.match(error.helpMessage, new RegExp(frontend.id))
      })
    const stopped = await api.updateFrontend({
      frontendId: frontend.id, name: frontend.name, inboundPort: 443, backendId: backend.id, enableHttp3: false,
      certificateIds: [other.id],
    })
    assert.equal(stopped.certificate.id, other.id)
    assert.equal(await api.deleteCertificate({ certificateId: certificate.id }), undefined)
  })

  test('ResourceNotFoundError for a frontend given a certificate that does not exist', async () => {
    const lb = await newLb(api)
    const elsewhere = await letsencrypt(api, (await newLb(api)).id, 'elsewhere')
    const backend = await newBackend(api, lb.id)

    await rejectsWith(newFrontend(api, lb.id, backend.id, { certificateIds: [elsewhere.id] }),
      Errors.ResourceNotFoundError, (error) => {
        assert.equal(error.resource, 'lb_certificate')
        assert.equal(error.resourceId, elsewhere.id)
      })
  })
})
