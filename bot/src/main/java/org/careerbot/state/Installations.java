package org.careerbot.state;

import java.util.Optional;

/**
 * The workspaces the bot is installed in, each with its own token: saved by the install flow, found for every
 * request, deleted when the app is uninstalled or its tokens revoked. Kept in a file beside the bot's data, or
 * shared by several replicas.
 */
public interface Installations {
    /** Saves an installation, replacing the one of the same workspace (a reinstall brings a new token). */
    void save(Installation installation);

    /**
     * The installation that serves a workspace: its own, or its enterprise's; empty when there is none or it cannot
     * be read now.
     */
    Optional<Installation> find(String enterpriseId, String teamId);

    /** Deletes the installation of a workspace, or of an enterprise when the workspace is null. */
    void delete(String enterpriseId, String teamId);
}
