package dev.mediagen.vap;

import dev.mediagen.core.internal.ErrorKind;
import java.util.Locale;

/** What VAP's error codes and messages mean, independent of the body shape they came in. */
final class VapErrorCodes {
    private VapErrorCodes() {
    }

    /** The kind a vendor code implies, or null to derive it from the HTTP status. */
    static ErrorKind kindForCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.toLowerCase(Locale.ROOT);
        if (c.startsWith("insufficient_")) {
            return ErrorKind.INSUFFICIENT_CREDITS;
        }
        if (c.startsWith("tier_") || c.contains("_tier") || c.equals("agent_paused") || c.equals("provider_not_allowed")
                || c.contains("spend_cap") || c.contains("forbidden")) {
            return ErrorKind.PERMISSION_DENIED;
        }
        if (c.equals("invalid_api_key") || c.equals("unauthorized") || c.equals("missing_api_key")) {
            return ErrorKind.AUTHENTICATION;
        }
        if (c.endsWith("not_found")) {
            return ErrorKind.NOT_FOUND;
        }
        if (c.startsWith("rate_limit")) {
            return ErrorKind.RATE_LIMIT;
        }
        if (c.contains("idempotency") || c.contains("duplicate") || c.contains("conflict")) {
            return ErrorKind.CONFLICT;
        }
        if (c.startsWith("invalid_") || c.startsWith("validation") || c.startsWith("missing_")) {
            return ErrorKind.VALIDATION;
        }
        return null;
    }

    /** The kind a free-text message implies (MCP tool errors carry only text), or null when it says nothing clear. */
    static ErrorKind kindForText(String text) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("insufficient balance") || t.contains("insufficient_balance") || t.contains("insufficient funds")) {
            return ErrorKind.INSUFFICIENT_CREDITS;
        }
        if (t.contains("tier")) {
            return ErrorKind.PERMISSION_DENIED;
        }
        if (t.contains("rate limit")) {
            return ErrorKind.RATE_LIMIT;
        }
        if (t.contains("api key") || t.contains("unauthorized") || t.contains("unauthenticated")) {
            return ErrorKind.AUTHENTICATION;
        }
        if (t.contains("not found")) {
            return ErrorKind.NOT_FOUND;
        }
        if (t.contains("invalid") || t.contains("required") || t.contains("must be")) {
            return ErrorKind.VALIDATION;
        }
        return null;
    }

    /** Whether a flat {@code error} string is a machine code ({@code insufficient_balance}) rather than a sentence. */
    static boolean looksLikeCode(String value) {
        return value != null && value.matches("[A-Za-z][A-Za-z0-9_.\\-]*") && !value.contains(" ");
    }
}
