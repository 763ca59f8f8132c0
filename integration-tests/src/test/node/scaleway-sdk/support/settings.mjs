// What the suite talks to and as whom, from the environment (ScalewaySdkIT sets it; see README.md).
// Our own names rather than Scaleway's SCW_*: a developer's real Scaleway credentials must never reach this
// suite, which creates and deletes things.

const required = (name) => {
  const value = process.env[name]
  if (!value) {
    throw new Error(`${name} is not set: see README.md for the variables the suite needs`)
  }
  return value
}

const tenant = (prefix) => ({
  accessKey: required(`${prefix}_ACCESS_KEY`),
  secretKey: required(`${prefix}_SECRET_KEY`),
  projectId: required(`${prefix}_PROJECT_ID`),
})

export const apiURL = required('LBAAS_API_URL')

/** The tenant every test acts as. */
export const main = tenant('LBAAS')

/** Another organization, whose resources the main tenant must not see. */
export const other = tenant('LBAAS_OTHER')

/**
 * What ScalewaySdkIT prepares beyond tenants, read only by the tests that need it (so that the others run without
 * it): the path of a JSON file of PEM parts (support/certificates.mjs), and an LB of the main tenant that the data
 * plane reports as `migrating`.
 */
export const certificatesFile = () => required('LBAAS_CERTIFICATES')
export const migratingLbId = () => required('LBAAS_MIGRATING_LB_ID')
