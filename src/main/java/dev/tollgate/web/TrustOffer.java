package dev.tollgate.web;

import dev.tollgate.device.TrustedDevices;
import dev.tollgate.settings.Settings;
import dev.tollgate.shared.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * "Trust this device?" after a sign-in that earned a trust_device_token (SPEC §8): trusting
 * goes through the same service as POST /api/v1/me/devices and sets {@code idp_device}; either
 * answer then leads back where the sign-in was going.
 */
@Named
@ViewScoped
public class TrustOffer implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject LoginPage page;
  @Inject TrustedDevices devices;
  @Inject Settings settings;
  @Inject PageResponses responses;

  private String token;
  private UUID userId;
  private String deviceName;

  void offer(String trustDeviceToken, UUID signedInUser) {
    token = trustDeviceToken;
    userId = signedInUser;
  }

  public void trust() {
    if (token == null) {
      responses.continueTo(page.returnTo());
      return;
    }
    try {
      responses.trusted(devices.trust(userId, token, LoginPage.blankToNull(deviceName)));
    } catch (DomainException e) {
      responses.error(PlainWords.of(e));
      return;
    } finally {
      token = null;
    }
    responses.continueTo(page.returnTo());
  }

  public void skip() {
    token = null;
    responses.continueTo(page.returnTo());
  }

  public int getDays() {
    return settings.current().trustedDeviceDurationDays();
  }

  public String getDeviceName() {
    return deviceName;
  }

  public void setDeviceName(String deviceName) {
    this.deviceName = deviceName;
  }
}
