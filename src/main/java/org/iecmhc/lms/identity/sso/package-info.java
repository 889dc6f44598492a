/**
 * Single sign-on with OpenID Connect: the authorization-code flow with PKCE, state and nonce against the identity
 * provider named by {@code lms.oidc.issuer}, the ID token's signature and claims checked here, and the person then
 * signed in to their existing account exactly as a password sign-in does. Accounts and roles stay in
 * {@code identity}; the provider only vouches for a verified e-mail address.
 */
package org.iecmhc.lms.identity.sso;
