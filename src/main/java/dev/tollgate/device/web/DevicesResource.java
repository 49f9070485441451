package dev.tollgate.device.web;

import dev.tollgate.auth.web.Caller;
import dev.tollgate.device.DeviceNames;
import dev.tollgate.device.DeviceView;
import dev.tollgate.device.TrustedDevices;
import dev.tollgate.shared.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The caller's trusted devices (SPEC §8). */
@Path("v1/me/devices")
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DevicesResource {
  @Inject Caller caller;
  @Inject TrustedDevices devices;

  public record TrustRequest(
      @NotNull @Size(max = 1024) String trustDeviceToken,
      @Size(max = DeviceNames.MAX_LENGTH) String name) {
    @Override
    public String toString() {
      return "TrustRequest[" + name + "]";
    }
  }

  @POST
  public Response trust(@Valid @NotNull TrustRequest body) {
    TrustedDevices.NewDevice created =
        devices.trust(caller.userId(), body.trustDeviceToken(), body.name());
    return Response.status(Response.Status.CREATED)
        .entity(created.device())
        .cookie(DeviceCookie.of(created.cookieValue(), created.lifetime()))
        .build();
  }

  @GET
  public List<DeviceView> list() {
    return devices.list(caller.userId());
  }

  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") String id) {
    devices.revoke(caller.userId(), Paging.pathId(id, "Device"));
    return Response.noContent().build();
  }
}
