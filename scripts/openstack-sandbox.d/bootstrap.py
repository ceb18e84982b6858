"""Sets up the OpenStack sandbox through its own APIs; scripts/openstack-sandbox runs it with
Debian's python3 and openstacksdk. Every phase finds before it creates, so it can run again.

  bootstrap.py identity    service users and the catalog; domain "demo" with projects demo and
                           demo2, and user demo, a member of both
  bootstrap.py resources   waits for the compute, volume and network back ends, then creates
                           flavors, an image, networks and a router, and raises quotas
  bootstrap.py smoke       as user demo: a token, one server to ACTIVE, then delete it

The clouds sandbox-admin and sandbox-demo come from the clouds.yaml that OS_CLIENT_CONFIG_FILE
names; users get the password in SANDBOX_PASSWORD.
"""
import os
import sys
import time

import openstack

PASSWORD = os.environ["SANDBOX_PASSWORD"]
# (user, service name, service type, URL): the types and names devstack registers.
CATALOG = [
    ("glance", "glance", "image", "http://127.0.0.1:9292"),
    ("placement", "placement", "placement", "http://127.0.0.1:8778"),
    ("nova", "nova", "compute", "http://127.0.0.1:8774/v2.1"),
    ("neutron", "neutron", "network", "http://127.0.0.1:9696"),
    ("cinder", "cinderv3", "volumev3", "http://127.0.0.1:8776/v3/%(project_id)s"),
    ("cinder", "cinder", "block-storage", "http://127.0.0.1:8776/v3/%(project_id)s"),
]
FLAVORS = [("m1.tiny", 512, 1, 1), ("m1.small", 2048, 1, 20),  # name, RAM in MiB, vCPUs, disk in GiB
           ("m1.medium", 4096, 2, 40), ("m1.large", 8192, 4, 80)]
IMAGE = "sandbox-image"


def step(text):
    print("    " + text, flush=True)


def listed(list_function):
    """A find by name that lists with a filter: Keystone logs a traceback for every 404, which
    openstacksdk's find methods cause by trying the name as an ID first."""
    return lambda name, **query: next(iter(list_function(name=name, **query)), None)


def ensure(find, create, name, **attrs):
    """The resource called name, created with attrs unless find (scoped like attrs) finds it."""
    found = find(name, **{k: v for k, v in attrs.items() if k in ("domain_id", "project_id")})
    if found:
        return found
    step("creating %s %s" % (create.__name__.replace("create_", ""), name))
    return create(name=name, **attrs)


def identity(admin):
    idn = admin.identity
    roles = {name: ensure(listed(idn.roles), idn.create_role, name)
             for name in ("admin", "member", "reader", "service")}
    service_project = ensure(listed(idn.projects), idn.create_project, "service", domain_id="default")
    for user_name, service_name, service_type, url in CATALOG:
        user = ensure(listed(idn.users), idn.create_user, user_name, domain_id="default", password=PASSWORD)
        # "service" is the role Cinder demands in the service token that Nova sends on detach.
        for role in ("admin", "service"):
            idn.assign_project_role_to_user(service_project, user, roles[role])
        service = next((s for s in idn.services() if s.type == service_type), None)
        if service is None:
            step("registering %s" % service_type)
            service = idn.create_service(name=service_name, type=service_type, is_enabled=True)
        existing = {e.interface for e in idn.endpoints(service_id=service.id)}
        for interface in {"public", "internal", "admin"} - existing:
            idn.create_endpoint(service_id=service.id, interface=interface, url=url, region_id="RegionOne")

    domain = ensure(listed(idn.domains), idn.create_domain, "demo")
    projects = [ensure(listed(idn.projects), idn.create_project, name, domain_id=domain.id)
                for name in ("demo", "demo2")]
    demo = ensure(listed(idn.users), idn.create_user, "demo", domain_id=domain.id, password=PASSWORD,
                  default_project_id=projects[0].id)
    # Two projects, so that listing across a user's projects is exercised.
    for project in projects:
        for role in ("member", "reader"):
            idn.assign_project_role_to_user(project, demo, roles[role])


def wait_for_back_ends(admin, timeout=180):
    """Ports bind only once the fake L2 agent has reported in; servers need nova-compute up."""
    deadline = time.time() + timeout
    reported = None
    while True:
        missing = []
        if not any(s.binary == "nova-compute" and s.state == "up" for s in admin.compute.services()):
            missing.append("nova-compute")
        volume_services = admin.block_storage.get("/os-services").json()["services"]
        if not any(s["binary"] == "cinder-volume" and s["state"] == "up" for s in volume_services):
            missing.append("cinder-volume")
        if not any(a.is_alive for a in admin.network.agents(agent_type="OFA driver agent")):
            missing.append("fake-l2-agent")
        if not missing:
            return
        if missing != reported:
            step("waiting for %s" % ", ".join(missing))
            reported = missing
        if time.time() > deadline:
            sys.exit("not up after %d s: %s" % (timeout, ", ".join(missing)))
        time.sleep(2)


def project_network(net, project, cidr, public):
    """A private network and subnet in the project, routed to the external network."""
    network = ensure(net.find_network, net.create_network, "private", project_id=project.id)
    subnet = ensure(net.find_subnet, net.create_subnet, "private-subnet", project_id=project.id,
                    network_id=network.id, ip_version=4, cidr=cidr)
    if not net.find_router("router1", project_id=project.id):
        step("creating router router1")
        router = net.create_router(name="router1", project_id=project.id,
                                   external_gateway_info={"network_id": public.id})
        net.add_interface_to_router(router, subnet_id=subnet.id)


def resources(admin):
    wait_for_back_ends(admin)
    for name, ram, vcpus, disk in FLAVORS:
        ensure(admin.compute.find_flavor, admin.compute.create_flavor, name,
               ram=ram, vcpus=vcpus, disk=disk, is_public=True)
    if not admin.image.find_image(IMAGE):
        step("uploading %s" % IMAGE)
        # Nova's fake driver never reads it: 64 KiB of zeros will do.
        admin.image.create_image(name=IMAGE, data=bytes(64 * 1024), disk_format="raw",
                                 container_format="bare", visibility="public")

    net = admin.network
    public = ensure(net.find_network, net.create_network, "public", is_router_external=True,
                    provider_network_type="flat", provider_physical_network="public")
    # A documentation range (RFC 5737): nothing is routed anywhere.
    ensure(net.find_subnet, net.create_subnet, "public-subnet", network_id=public.id, ip_version=4,
           cidr="203.0.113.0/24", gateway_ip="203.0.113.1", is_dhcp_enabled=False,
           allocation_pools=[{"start": "203.0.113.10", "end": "203.0.113.250"}])

    domain = listed(admin.identity.domains)("demo")
    for name, cidr in (("demo", "10.0.0.0/24"), ("demo2", "10.0.1.0/24")):
        project = listed(admin.identity.projects)(name, domain_id=domain.id)
        project_network(net, project, cidr, public)
        # The defaults (10 instances, 20 cores) are too small for tests that create many servers.
        admin.set_compute_quotas(project.id, instances=500, cores=2000, ram=4096000)
        admin.set_volume_quotas(project.id, volumes=200, gigabytes=10000, snapshots=200)
        admin.set_network_quotas(project.id, port=1000, floatingip=200)


def connect(cloud):
    """A connection whose requests give up after two minutes: a service that never answers then
    fails the start with the request named, instead of holding it (and CI) for ever."""
    return openstack.connect(cloud=cloud, api_timeout=120)


def smoke():
    demo = connect("sandbox-demo")
    demo.authorize()
    projects = sorted(p["name"] for p in demo.identity.get("/auth/projects").json()["projects"])
    step("token issued; user demo sees projects %s" % ", ".join(projects))
    if projects != ["demo", "demo2"]:
        sys.exit("user demo should see projects demo and demo2")

    compute = demo.compute
    leftover = compute.find_server("sandbox-smoke")
    if leftover:
        compute.delete_server(leftover)
        compute.wait_for_delete(leftover)
    started = time.time()
    server = compute.create_server(
        name="sandbox-smoke", flavor_id=compute.find_flavor("m1.tiny").id,
        image_id=demo.image.find_image(IMAGE).id,
        networks=[{"uuid": demo.network.find_network("private").id}])
    # Poll instead of create --wait: right after the POST, GET may answer 404 for a moment.
    while server.status not in ("ACTIVE", "ERROR") and time.time() - started < 120:
        time.sleep(0.5)
        try:
            server = compute.get_server(server.id)
        except openstack.exceptions.NotFoundException:
            pass
    step("server %s after %.1f s" % (server.status, time.time() - started))
    fault = None
    if server.status == "ERROR":  # this openstacksdk has no Server.fault: read the raw body
        fault = compute.get("/servers/" + server.id).json()["server"].get("fault", {}).get("message")
    compute.delete_server(server)
    compute.wait_for_delete(server)
    step("server deleted")
    if server.status != "ACTIVE":
        sys.exit("smoke server did not become ACTIVE: %s" % (fault or server.status))


def main():
    phase = sys.argv[1] if len(sys.argv) == 2 else ""
    if phase == "identity":
        identity(connect("sandbox-admin"))
    elif phase == "resources":
        resources(connect("sandbox-admin"))
    elif phase == "smoke":
        smoke()
    else:
        sys.exit("usage: bootstrap.py identity|resources|smoke")


if __name__ == "__main__":
    main()
