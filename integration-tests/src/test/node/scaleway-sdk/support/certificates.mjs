// Real X.509 certificates for custom-certificate tests. Node can read certificates but not make them, so
// ScalewaySdkIT makes them (io.lbaas.testsupport.TestCertificates) and writes their PEM parts to the JSON file named
// by LBAAS_CERTIFICATES; bundles are put together here. What a certificate says (names, validity, SHA-1) is read
// with node:crypto, so that the API's reading is checked against another implementation than its own.
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import * as settings from './settings.mjs'

let parts

/**
 * The parts: `authority` (a CA certificate), `leaf` (RSA, with alternative names, issued by the CA), `ecLeaf` (EC,
 * no alternative names), `otherLeaf`, and `expired` (EC, expired ten days ago), each leaf `{ certificate, key }`.
 */
export const pems = () => {
  parts ??= JSON.parse(readFileSync(settings.certificatesFile(), 'utf8'))
  return parts
}

/** A bundle as `custom_certificate.certificate_chain` wants it: the leaf, then its issuers, then the leaf's key. */
export const bundle = (leaf, ...issuers) => [leaf.certificate, ...issuers, leaf.key].join('')

/** What the leaf of `pem` says, as the SDK should hand it over. */
export const described = (pem) => {
  const x509 = new X509Certificate(pem)
  return {
    commonName: /^CN=(.*)$/m.exec(x509.subject)[1],
    subjectAlternativeName: x509.subjectAltName == null ? []
      : x509.subjectAltName.split(', ').map((name) => name.replace(/^DNS:/, '')),
    fingerprint: x509.fingerprint.replaceAll(':', '').toLowerCase(),
    notValidBefore: new Date(x509.validFrom),
    notValidAfter: new Date(x509.validTo),
  }
}
