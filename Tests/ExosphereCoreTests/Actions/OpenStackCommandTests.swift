import Testing

@testable import ExosphereCore

/// `--print-openstack-command`: the equivalent python-openstackclient line.
struct OpenStackCommandTests {
    static let instance = Instance(
        id: "6f1b", name: "my web", status: "ACTIVE", project: ProjectSummary(cloud: "c", id: "p", name: "demo", domainID: nil))

    static let cases: [(InstanceAction, ActionOptions, String)] = [
        (.stop, ActionOptions(), "openstack server stop 6f1b"),
        (.softReboot, ActionOptions(), "openstack server reboot --soft 6f1b"),
        (.hardReboot, ActionOptions(), "openstack server reboot --hard 6f1b"),
        (.resize, ActionOptions(flavor: "m1.large"), "openstack server resize --flavor m1.large 6f1b"),
        (.confirmResize, ActionOptions(), "openstack server resize confirm 6f1b"),
        (.rebuild, ActionOptions(image: "Ubuntu 22.04"), "openstack server rebuild --image 'Ubuntu 22.04' 6f1b"),
        (.createImage, ActionOptions(), "openstack server image create --name 'my web-snapshot' 6f1b"),
        (.lock, ActionOptions(lockReason: "don't"), #"openstack server lock --reason 'don'\''t' 6f1b"#),
        (.delete, ActionOptions(), "openstack server delete 6f1b"),
    ]

    @Test("each action prints its openstack command, quoted for the shell", arguments: cases)
    func line(action: InstanceAction, options: ActionOptions, expected: String) {
        #expect(OpenStackCommand.line(for: action, instance: Self.instance, options: options) == expected)
    }
}
