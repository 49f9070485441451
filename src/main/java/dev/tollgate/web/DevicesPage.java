package dev.tollgate.web;

import dev.tollgate.device.DeviceView;
import dev.tollgate.device.TrustedDevices;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.web.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Profile → trusted devices: the user's devices (name, last seen, expiry) and revoking one,
 * through the same service as /api/v1/me/devices. Revoking needs no recent verification (SPEC §9).
 */
@Named
@RequestScoped
public class DevicesPage {
  @Inject Viewer viewer;
  @Inject TrustedDevices devices;
  @Inject PageResponses responses;

  /** A trusted device as the page lists it. */
  public record Row(String id, String name, String created, String lastSeen, String expires) {
    static Row of(DeviceView d) {
      return new Row(
          d.id().toString(), d.name(), Dates.format(d.createdAt(), ""),
          Dates.format(d.lastSeenAt(), ""), Dates.format(d.expiresAt(), ""));
    }

    public String getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public String getCreated() {
      return created;
    }

    public String getLastSeen() {
      return lastSeen;
    }

    public String getExpires() {
      return expires;
    }
  }

  public List<Row> getDevices() {
    return devices.list(viewer.require().userId()).stream().map(Row::of).toList();
  }

  public void revoke(String deviceId) {
    try {
      devices.revoke(viewer.require().userId(), Paging.pathId(deviceId, "Device"));
      responses.info("The device was revoked: it will be asked for a second factor again.");
    } catch (DomainException e) {
      responses.error(PlainWords.of(e));
    }
  }
}
