package org.careerbot.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import org.careerbot.state.Installation;
import org.careerbot.state.Installations;

/**
 * Bolt's installation service over the bot's own {@link Installations}: the install flow saves a workspace's bot
 * there, every request finds its workspace's token there, and an uninstall deletes it. Only the bot is kept (the app
 * asks for no user scopes), and no history of former installations.
 */
final class StoredInstallations implements InstallationService {
    private final Installations installations;

    StoredInstallations(Installations installations) {
        this.installations = installations;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean enabled) {
        // only the latest installation of a workspace is kept
    }

    @Override
    public void saveInstallerAndBot(Installer i) {
        boolean orgWide = Boolean.TRUE.equals(i.getIsEnterpriseInstall());
        installations.save(new Installation(i.getEnterpriseId(), orgWide ? null : i.getTeamId(),
                i.getBotAccessToken(), i.getBotUserId(), i.getBotId(), i.getBotScope(), i.getInstallerUserId(),
                i.getInstalledAt() == null ? System.currentTimeMillis() : i.getInstalledAt()));
    }

    @Override
    public void deleteBot(Bot bot) {
        installations.delete(bot.getEnterpriseId(), teamOf(bot.getIsEnterpriseInstall(), bot.getTeamId()));
    }

    @Override
    public void deleteInstaller(Installer installer) {
        installations.delete(installer.getEnterpriseId(), teamOf(installer.getIsEnterpriseInstall(),
                installer.getTeamId()));
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        installations.delete(enterpriseId, teamId);
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return installations.find(enterpriseId, teamId).map(StoredInstallations::bot).orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return installations.find(enterpriseId, teamId).map(StoredInstallations::installer).orElse(null);
    }

    private static String teamOf(Boolean orgWide, String teamId) {
        return Boolean.TRUE.equals(orgWide) ? null : teamId;
    }

    private static Bot bot(Installation i) {
        DefaultBot bot = new DefaultBot();
        bot.setEnterpriseId(i.enterpriseId());
        bot.setTeamId(i.teamId());
        bot.setIsEnterpriseInstall(i.teamId() == null);
        bot.setBotAccessToken(i.botToken());
        bot.setBotUserId(i.botUserId());
        bot.setBotId(i.botId());
        bot.setBotScope(i.scopes());
        bot.setInstalledAt(i.installedAt());
        return bot;
    }

    private static Installer installer(Installation i) {
        DefaultInstaller installer = new DefaultInstaller();
        installer.setEnterpriseId(i.enterpriseId());
        installer.setTeamId(i.teamId());
        installer.setIsEnterpriseInstall(i.teamId() == null);
        installer.setBotAccessToken(i.botToken());
        installer.setBotUserId(i.botUserId());
        installer.setBotId(i.botId());
        installer.setBotScope(i.scopes());
        installer.setInstallerUserId(i.installerId());
        installer.setInstalledAt(i.installedAt());
        return installer;
    }
}
