import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Errors } from '@scaleway/sdk-client'
import { assertBackend, assertHealthCheck, rejectsWith } from './support/expect.mjs'
import { backendRequest, newBackend, newLb } from './support/fixtures.mjs'
import { forEachApi } from './support/sdk.mjs'

forEachApi(({ api }) => {
  test('createBackend and getBackend answer a complete Backend, durations as the live API writes them', async () => {
    const lb = await newLb(api)

    // The SDK types durations as strings and sends them unchanged: "<n>s", milliseconds, or a number.
    const created = await api.createBackend(backendRequest(lb.id, {
      name: 'web',
      forwardPort: 443,
      forwardPortAlgorithm: 'leastconn',
      stickySessions: 'cookie',
      stickySessionsCookieName: 'session',
      serverIp: ['10.0.0.1', '10.0.0.2'],
      timeoutServer: '30s',
      timeoutConnect: '2500',
      timeoutTunnel: 60000,
      timeoutQueue: '1.5s',
      onMarkedDownAction: 'shutdown_sessions',
      proxyProtocol: 'proxy_protocol_v2',
      maxRetries: 5,
      healthCheck: {
        port: 8443, checkDelay: '2s', checkTimeout: '500', checkMaxRetries: 2, checkSendProxy: false,
        transientCheckDelay: '1s', httpConfig: { uri: '/health', method: 'GET', code: 204, hostHeader: 'example.com' },
      },
    }))

    assertBackend(created)
    assert.equal(created.name, 'web')
    assert.equal(created.forwardProtocol, 'http')
    assert.equal(created.forwardPort, 443)
    assert.equal(created.forwardPortAlgorithm, 'leastconn')
    assert.equal(created.stickySessions, 'cookie')
    assert.equal(created.stickySessionsCookieName, 'session')
    assert.deepEqual(created.pool, ['10.0.0.1', '10.0.0.2'])
    assert.deepEqual([created.timeoutServer, created.timeoutConnect, created.timeoutTunnel], [30000, 2500, 60000])
    assert.equal(created.timeoutQueue, '1.500s')
    assert.equal(created.onMarkedDownAction, 'shutdown_sessions')
    assert.equal(created.proxyProtocol, 'proxy_protocol_v2')
    assert.equal(created.maxRetries, 5)
    assert.deepEqual(created.healthCheck, {
      port: 8443, checkDelay: 2000, checkTimeout: 500, checkMaxRetries: 2, checkSendProxy: false,
      transientCheckDelay: '1s', httpConfig: { uri: '/health', method: 'GET', code: 204, hostHeader: 'example.com' },
      httpsConfig: undefined, ldapConfig: undefined, mysqlConfig: undefined, pgsqlConfig: undefined,
      redisConfig: undefined, tcpConfig: undefined,
    })
    assert.equal(created.lb.id, lb.id)
    assert.equal(created.lb.backendCount, 1)
    assert.deepEqual(await api.getBackend({ backendId: created.id }), created)
  })

  test('the defaults a minimal backend gets are the live API\'s', async () => {
    const backend = await newBackend(api, (await newLb(api)).id)

    assert.match(backend.name, /^lbb-[a-z]+-[a-z]+$/)
    assert.deepEqual([backend.timeoutServer, backend.timeoutConnect, backend.timeoutTunnel], [300000, 5000, 900000])
    assert.equal(backend.timeoutQueue, '0s')
    assert.equal(backend.onMarkedDownAction, 'on_marked_down_action_none')
    assert.equal(backend.proxyProtocol, 'proxy_protocol_none')
    assert.equal(backend.sendProxyV2, false)
    assert.equal(backend.failoverHost, null)
    assert.deepEqual([backend.healthCheck.checkDelay, backend.healthCheck.checkTimeout], [3000, 1000])
    assert.equal(backend.healthCheck.transientCheckDelay, '0.500s')
    assert.deepEqual(backend.healthCheck.tcpConfig, {})
  })

  test('updateBackend replaces the settings and keeps servers and health check', async () => {
    const backend = await newBackend(api, (await newLb(api)).id, { serverIp: ['10.0.0.1'] })

    const updated = await api.updateBackend({
      backendId: backend.id, name: 'renamed', forwardProtocol: 'tcp', forwardPort: 81,
      forwardPortAlgorithm: 'first', stickySessions: 'table', stickySessionsCookieName: '', timeoutServer: '10s',
    })

    assertBackend(updated)
    assert.equal(updated.name, 'renamed')
    assert.equal(updated.forwardProtocol, 'tcp')
    assert.equal(updated.forwardPort, 81)
    assert.equal(updated.forwardPortAlgorithm, 'first')
    assert.equal(updated.stickySessions, 'table')
    assert.equal(updated.timeoutServer, 10000)
    assert.deepEqual(updated.pool, ['10.0.0.1'])
    assert.deepEqual(updated.healthCheck, backend.healthCheck)
    assert.deepEqual(updated.createdAt, backend.createdAt)
  })

  test('addBackendServers, removeBackendServers and setBackendServers change the pool', async () => {
    const backend = await newBackend(api, (await newLb(api)).id, { serverIp: ['10.0.0.1'] })

    const added = await api.addBackendServers({ backendId: backend.id, serverIp: ['10.0.0.2', '10.0.0.1', '2001:db8::1'] })
    const removed = await api.removeBackendServers({ backendId: backend.id, serverIp: ['10.0.0.1', '2001:db8::1'] })
    const set = await api.setBackendServers({ backendId: backend.id, serverIp: ['192.168.1.5', '192.168.1.6'] })

    for (const answer of [added, removed, set]) {
      assertBackend(answer)
    }
    assert.deepEqual(added.pool, ['10.0.0.1', '10.0.0.2', '2001:db8::1'])
    assert.deepEqual(removed.pool, ['10.0.0.2'])
    assert.deepEqual(set.pool, ['192.168.1.5', '192.168.1.6'])
    assert.deepEqual((await api.getBackend({ backendId: backend.id })).pool, set.pool)
  })

  test('updateHealthCheck answers the HealthCheck alone, which the backend then shows', async () => {
    const backend = await newBackend(api, (await newLb(api)).id)

    const check = await api.updateHealthCheck({
      backendId: backend.id, port: 8080, checkDelay: '10s', checkTimeout: '2000', checkMaxRetries: 5,
      checkSendProxy: true, transientCheckDelay: '0.2s',
      httpsConfig: { uri: '/ping', method: 'HEAD', hostHeader: 'example.com', sni: 'example.com' },
    })

    assertHealthCheck(check)
    assert.deepEqual([check.port, check.checkDelay, check.checkTimeout, check.checkMaxRetries], [8080, 10000, 2000, 5])
    assert.equal(check.checkSendProxy, true)
    assert.equal(check.transientCheckDelay, '0.200s')
    assert.equal(check.httpsConfig.sni, 'example.com')
    assert.equal(check.httpsConfig.method, 'HEAD')
    assert.deepEqual((await api.getBackend({ backendId: backend.id })).healthCheck, check)

    const mysql = await api.updateHealthCheck({
      backendId: backend.id, port: 3306, checkMaxRetries: 3, checkSendProxy: false, mysqlConfig: { user: 'probe' },
    })
    assert.deepEqual(mysql.mysqlConfig, { user: 'probe' })
    assert.equal(mysql.httpsConfig, undefined)
  })

  test('updateHealthCheck takes every kind of check, one at a time', async () => {
    const backend = await newBackend(api, (await newLb(api)).id)
    const kinds = {
      tcpConfig: {}, ldapConfig: {}, redisConfig: {}, mysqlConfig: { user: 'probe' }, pgsqlConfig: { user: 'probe' },
      httpConfig: { uri: '/health', method: 'GET', code: 200, hostHeader: 'example.com' },
    }

    for (const [kind, config] of Object.entries(kinds)) {
      const check = await api.updateHealthCheck({
        backendId: backend.id, port: 80, checkMaxRetries: 3, checkSendProxy: false, [kind]: config,
      })
      assertHealthCheck(check)
      assert.deepEqual(check[kind], config, kind)
    }
  })

  test('listBackends filters by name, orders, and .all() walks every page; deleteBackend removes', async () => {
    const lb = await newLb(api)
    const ids = []
    for (const name of ['b1', 'b2', 'b3']) {
      ids.push((await newBackend(api, lb.id, { name })).id)
    }

    const page = await api.listBackends({ lbId: lb.id, pageSize: 2, orderBy: 'name_desc' })
    const all = await api.listBackends({ lbId: lb.id, pageSize: 2 }).all()
    const named = await api.listBackends({ lbId: lb.id, name: 'b2' })

    assert.equal(page.totalCount, 3)
    assert.deepEqual(page.backends.map((backend) => backend.name), ['b3', 'b2'])
    page.backends.forEach(assertBackend)
    assert.deepEqual(all.map((backend) => backend.id), ids)
    assert.deepEqual(named.backends.map((backend) => backend.id), [ids[1]])

    assert.equal(await api.deleteBackend({ backendId: ids[0] }), undefined)
    await rejectsWith(api.getBackend({ backendId: ids[0] }), Errors.ResourceNotFoundError)
    assert.equal((await api.getLb({ lbId: lb.id })).backendCount, 2)
  })
})
