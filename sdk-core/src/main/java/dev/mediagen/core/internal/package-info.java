/** Implementation classes of the SDK core; not public API, may change in any release, and may use OkHttp directly. */
package dev.mediagen.core.internal;
