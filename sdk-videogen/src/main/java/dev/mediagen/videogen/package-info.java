/**
 * The VideoGen client ({@code https://api.videogen.io}): {@link dev.mediagen.videogen.VideoGenClient} and its
 * services for tools and executions, files, resources, the account, webhooks, workflows and projects, and
 * {@link dev.mediagen.videogen.VideoGenWebhooks} for verified webhook deliveries.
 */
package dev.mediagen.videogen;
