// Scaleway's SDK pointed at our API, and the means to run one scenario through both of its classes.
import { describe } from 'node:test'
import { createClient } from '@scaleway/sdk-client'
import { Lbv1 } from '@scaleway/sdk-lb'
import * as settings from './settings.mjs'

export const REGION = 'fr-par'
/** The region's first zone: where the regional API puts what it creates. */
export const ZONE = 'fr-par-1'

/** A client as a Scaleway user configures one; the SDK sends the secret key as X-Auth-Token. */
export const clientOf = (tenant, secretKey = tenant.secretKey) => createClient({
  apiURL: settings.apiURL,
  accessKey: tenant.accessKey,
  secretKey,
  defaultProjectId: tenant.projectId,
  defaultRegion: REGION,
  defaultZone: ZONE,
})

const CLASSES = [
  { name: 'Lbv1.API (regional)', zoned: false, of: (client) => new Lbv1.API(client) },
  { name: 'Lbv1.ZonedAPI', zoned: true, of: (client) => new Lbv1.ZonedAPI(client) },
]

/**
 * Defines `scenario` once per SDK class. The legacy regional class and the zoned one build different paths
 * and request types for the same methods, so each scenario must pass through both. The scenario receives
 * `api` (the main tenant's), `other` (another organization's, same class) and `zoned`.
 */
export const forEachApi = (scenario) => {
  for (const { name, zoned, of } of CLASSES) {
    describe(name, () => scenario({ api: of(clientOf(settings.main)), other: of(clientOf(settings.other)), zoned }))
  }
}

/** The zoned class alone, for the methods the regional one lacks (setAcls). */
export const zonedApi = () => new Lbv1.ZonedAPI(clientOf(settings.main))
