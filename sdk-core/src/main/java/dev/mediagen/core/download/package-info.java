/** Streaming downloads of generated media to a file or an output stream, with progress and a SHA-256 digest. */
package dev.mediagen.core.download;
