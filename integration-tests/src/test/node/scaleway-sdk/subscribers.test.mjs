import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Errors } from '@scaleway/sdk-client'
import { assertLb, assertSubscriber, rejectsWith } from './support/expect.mjs'
import { newLb, uniqueTag } from './support/fixtures.mjs'
import { forEachApi } from './support/sdk.mjs'
import * as settings from './support/settings.mjs'

/** A public address: webhook targets must resolve to one (ScalewaySdkIT runs the API without the local exception). */
const HOOK = 'https://93.184.215.14/hooks/lb'

const emailed = (api, name, email = 'ops@example.com') => api.createSubscriber({ name, emailConfig: { email } })

forEachApi(({ api, other }) => {
  test('createSubscriber and getSubscriber answer a Subscriber with an e-mail or a webhook', async () => {
    const email = await emailed(api, 'ops')
    const webhook = await api.createSubscriber({ name: 'pager', webhookConfig: { uri: HOOK } })

    assertSubscriber(email)
    assert.equal(email.name, 'ops')
    assert.deepEqual(email.emailConfig, { email: 'ops@example.com' })
    assert.equal(email.webhookConfig, undefined)
    assertSubscriber(webhook)
    assert.deepEqual(webhook.webhookConfig, { uri: HOOK })
    assert.equal(webhook.emailConfig, undefined)
    // The creation's answer also carries webhook_secret, which the SDK does not know and drops.
    assert.deepEqual(Object.keys(webhook).sort(), ['emailConfig', 'id', 'name', 'webhookConfig'])
    assert.deepEqual(await api.getSubscriber({ subscriberId: email.id }), email)
    assert.deepEqual(await api.getSubscriber({ subscriberId: webhook.id }), webhook)
  })

  test('updateSubscriber renames and swaps an e-mail for a webhook', async () => {
    const subscriber = await emailed(api, 'ops')

    const updated = await api.updateSubscriber({ subscriberId: subscriber.id, name: 'ops-hook', webhookConfig: { uri: HOOK } })

    assertSubscriber(updated)
    assert.equal(updated.id, subscriber.id)
    assert.equal(updated.name, 'ops-hook')
    assert.deepEqual(updated.webhookConfig, { uri: HOOK })
    assert.equal(updated.emailConfig, undefined)
    assert.deepEqual(await api.getSubscriber({ subscriberId: subscriber.id }), updated)
  })

  test('listSubscriber filters by name, project and organization, orders, and .all() walks every page', async () => {
    const tag = uniqueTag()
    const ids = []
    for (const name of ['b', 'c', 'a']) {
      ids.push((await emailed(api, `${tag}-${name}`)).id)
    }
    const { organizationId } = await newLb(api)

    const page = await api.listSubscriber({ name: tag, pageSize: 2, orderBy: 'name_desc' })
    const all = await api.listSubscriber({ name: tag, pageSize: 2 }).all()
    const named = await api.listSubscriber({ name: `${tag}-c` })
    const ofProject = await api.listSubscriber({ name: tag, projectId: settings.main.projectId })
    const ofOrganization = await api.listSubscriber({ name: tag, organizationId })
    const ofAnotherProject = await api.listSubscriber({ name: tag, projectId: settings.other.projectId })

    assert.equal(page.totalCount, 3)
    assert.deepEqual(page.subscribers.map((subscriber) => subscriber.name), ['c', 'b'].map((name) => `${tag}-${name}`))
    page.subscribers.forEach(assertSubscriber)
    assert.deepEqual(all.map((subscriber) => subscriber.id), ids, 'creation order by default')
    assert.deepEqual(named.subscribers.map((subscriber) => subscriber.id), [ids[1]])
    assert.equal(ofProject.totalCount, 3)
    assert.equal(ofOrganization.totalCount, 3)
    assert.deepEqual([ofAnotherProject.subscribers, ofAnotherProject.totalCount], [[], 0])
  })

  test('subscribeToLb and unsubscribeFromLb answer the Lb, its subscriber embedded or gone', async () => {
    const lb = await newLb(api)
    const first = await emailed(api, 'first')
    const second = await api.createSubscriber({ name: 'second', webhookConfig: { uri: HOOK } })

    const subscribed = await api.subscribeToLb({ lbId: lb.id, subscriberId: first.id })
    const replaced = await api.subscribeToLb({ lbId: lb.id, subscriberId: second.id })
    const seen = await api.getLb({ lbId: lb.id })
    const unsubscribed = await api.unsubscribeFromLb({ lbId: lb.id })

    assertLb(subscribed)
    assert.deepEqual(subscribed.subscriber, first)
    assert.deepEqual(replaced.subscriber, second, 'one subscriber per LB: the new one replaces the old')
    assert.deepEqual(seen, replaced)
    assertLb(unsubscribed)
    assert.equal(unsubscribed.subscriber, undefined)
    assert.deepEqual(await api.getSubscriber({ subscriberId: second.id }), second, 'the subscriber stays')
  })

  test('deleteSubscriber deletes it and unsubscribes every LB it had', async () => {
    const subscriber = await emailed(api, 'leaving')
    const lbs = [await newLb(api), await newLb(api)]
    for (const lb of lbs) {
      await api.subscribeToLb({ lbId: lb.id, subscriberId: subscriber.id })
    }

    assert.equal(await api.deleteSubscriber({ subscriberId: subscriber.id }), undefined)

    await rejectsWith(api.getSubscriber({ subscriberId: subscriber.id }), Errors.ResourceNotFoundError, (error) => {
      assert.equal(error.resource, 'lb_subscriber')
      assert.equal(error.resourceId, subscriber.id)
    })
    for (const lb of lbs) {
      assert.equal((await api.getLb({ lbId: lb.id })).subscriber, undefined)
    }
  })

  test('InvalidArgumentsError for a webhook to a private address or a malformed e-mail', async () => {
    await rejectsWith(api.createSubscriber({ name: 'x', webhookConfig: { uri: 'http://127.0.0.1:8080/admin' } }),
      Errors.InvalidArgumentsError, (error) => assert.deepEqual(error.details.map((detail) => detail.argumentName),
        ['webhook_config.uri']))
    await rejectsWith(emailed(api, 'x', 'not-an-address'), Errors.InvalidArgumentsError,
      (error) => assert.deepEqual(error.details.map((detail) => detail.argumentName), ['email_config.email']))
  })

  test('ResourceNotFoundError subscribing an LB to another organization\'s subscriber', async () => {
    const lb = await newLb(api)
    const foreign = await emailed(other, 'foreign')

    await rejectsWith(api.subscribeToLb({ lbId: lb.id, subscriberId: foreign.id }), Errors.ResourceNotFoundError,
      (error) => assert.equal(error.resourceId, foreign.id))
    assert.equal((await api.getLb({ lbId: lb.id })).subscriber, undefined)
  })
})
