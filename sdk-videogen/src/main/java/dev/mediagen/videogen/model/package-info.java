/**
 * VideoGen's models, shaped after its OpenAPI document: immutable responses that keep unknown values, and request
 * builders that check every documented constraint before anything is sent.
 */
package dev.mediagen.videogen.model;
