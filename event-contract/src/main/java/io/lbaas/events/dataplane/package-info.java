/**
 * What data-plane agents send the API about what they observe (not events: the API decides which events they
 * make). Shared here so that both sides read the same shapes.
 */
package io.lbaas.events.dataplane;
