// Every method of both SDK classes is called by some feature file (the waiters by waiters.test.mjs, against the
// zone the data plane serves), but the internal pageOf* helpers behind each list method. A newer SDK with new
// methods fails here until they are tested.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { createClient } from '@scaleway/sdk-client'
import { Lbv1 } from '@scaleway/sdk-lb'

const NOT_CALLED = /^pageOf/

const directory = new URL('.', import.meta.url)
const suite = readdirSync(directory).filter((file) => file.endsWith('.test.mjs'))
  .map((file) => readFileSync(new URL(file, directory), 'utf8')).join('\n')

/** The SDK defines its methods as instance fields: an instance lists them. */
const methodsOf = (ApiClass) => {
  const api = new ApiClass(createClient({ defaultRegion: 'fr-par', defaultZone: 'fr-par-1' }))
  return Object.keys(api).filter((key) => typeof api[key] === 'function' && !NOT_CALLED.test(key)).sort()
}

for (const [name, ApiClass] of [['Lbv1.API', Lbv1.API], ['Lbv1.ZonedAPI', Lbv1.ZonedAPI]]) {
  test(`every method of ${name} is called`, () => {
    const methods = methodsOf(ApiClass)

    assert.ok(methods.length >= 50, `found only ${methods.join(', ')}`)
    assert.deepEqual(methods.filter((method) => !suite.includes(`.${method}(`)), [])
  })
}
