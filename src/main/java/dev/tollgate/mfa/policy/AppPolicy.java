package dev.tollgate.mfa.policy;

import java.util.UUID;

/** The application a sign-in is for, as the policy sees it: what a script may read, and its policy. */
public record AppPolicy(UUID id, String name, String clientId, String type, ScriptedPolicy policy) {}
