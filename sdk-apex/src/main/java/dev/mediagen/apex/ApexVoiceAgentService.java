package dev.mediagen.apex;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ResponseHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Voice agents: create an agent ({@code POST /api/voice-agent/agents}), start an outbound call
 * ({@code POST /api/voice-agent/calls/outbound}, Enterprise, 10 credits per minute, 200 calls per hour) and list
 * calls ({@code GET /api/voice-agent/calls}).
 */
public final class ApexVoiceAgentService {
    static final String AGENTS_PATH = "/api/voice-agent/agents";
    static final String CALLS_PATH = "/api/voice-agent/calls";
    static final String OUTBOUND_PATH = "/api/voice-agent/calls/outbound";

    private final ApiRuntime runtime;

    ApexVoiceAgentService(ApiRuntime runtime) {
        this.runtime = runtime;
    }

    /** Creates a voice agent. */
    public VoiceAgent createAgent(CreateAgentRequest request) {
        return createAgent(request, RequestOptions.none());
    }

    /** Creates a voice agent, with per-call options. */
    public VoiceAgent createAgent(CreateAgentRequest request, RequestOptions options) {
        return Futures.join(createAgentAsync(request, options));
    }

    /** Creates a voice agent asynchronously. */
    public CompletableFuture<VoiceAgent> createAgentAsync(CreateAgentRequest request) {
        return createAgentAsync(request, RequestOptions.none());
    }

    /** Creates a voice agent asynchronously, with per-call options (never re-sent after a lost answer). */
    public CompletableFuture<VoiceAgent> createAgentAsync(CreateAgentRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        ApiRequest call = ApiRequest.post(AGENTS_PATH).json(request.body()).paidWork(null).build();
        ResponseHandler<VoiceAgent> agent = ApexEnvelope.data(VoiceAgent.class);
        return runtime.call(call, options, response -> {
            VoiceAgent read = agent.handle(response);
            if (read.id() == null) {
                throw new IllegalStateException("the agent has no id");
            }
            return read;
        });
    }

    /**
     * Starts an outbound call from an agent to an E.164 number.
     *
     * @throws dev.mediagen.core.ValidationException when the agent id is blank or the number is not E.164
     */
    public VoiceCall startCall(String agentId, String phoneNumber) {
        return startCall(agentId, phoneNumber, RequestOptions.none());
    }

    /** Starts an outbound call, with per-call options. */
    public VoiceCall startCall(String agentId, String phoneNumber, RequestOptions options) {
        return Futures.join(startCallAsync(agentId, phoneNumber, options));
    }

    /** Starts an outbound call asynchronously. */
    public CompletableFuture<VoiceCall> startCallAsync(String agentId, String phoneNumber) {
        return startCallAsync(agentId, phoneNumber, RequestOptions.none());
    }

    /**
     * Starts an outbound call asynchronously, with per-call options. Calls are paced to 200 per hour and never
     * re-sent after a lost answer (that could dial twice).
     */
    public CompletableFuture<VoiceCall> startCallAsync(String agentId, String phoneNumber, RequestOptions options) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            body.put("agentId", Checks.required("agentId", agentId));
            body.put("phoneNumber", Checks.e164("phoneNumber", phoneNumber));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        ApiRequest call = ApiRequest.post(OUTBOUND_PATH).endpointClass(ApexProfile.OUTBOUND_CALL).json(body)
                .paidWork(null).build();
        ResponseHandler<VoiceCall> started = ApexEnvelope.data(VoiceCall.class);
        return runtime.call(call, options, response -> {
            VoiceCall read = started.handle(response);
            if (read.callId() == null) {
                throw new IllegalStateException("the call has no callId");
            }
            return read;
        });
    }

    /** Lists the account's voice-agent calls. */
    public List<VoiceCall> listCalls() {
        return listCalls(RequestOptions.none());
    }

    /** Lists the account's voice-agent calls, with per-call options. */
    public List<VoiceCall> listCalls(RequestOptions options) {
        return Futures.join(listCallsAsync(options));
    }

    /** Lists the account's voice-agent calls asynchronously. */
    public CompletableFuture<List<VoiceCall>> listCallsAsync() {
        return listCallsAsync(RequestOptions.none());
    }

    /** Lists the account's voice-agent calls asynchronously, with per-call options. */
    public CompletableFuture<List<VoiceCall>> listCallsAsync(RequestOptions options) {
        ApiRequest call = ApiRequest.get(CALLS_PATH).endpointClass(ApexProfile.READ).build();
        return runtime.call(call, options, ApexEnvelope.data(node -> list(node, "calls", VoiceCall.class)));
    }

    static <T> List<T> list(JsonNode node, String wrapper, Class<T> type) {
        JsonNode items = node.isArray() ? node : node.path(wrapper);
        if (!items.isArray()) {
            throw new IllegalStateException("the " + wrapper + " list is not an array");
        }
        List<T> result = new ArrayList<>(items.size());
        items.forEach(item -> result.add(ApexEnvelope.bind(item, type)));
        return List.copyOf(result);
    }
}
