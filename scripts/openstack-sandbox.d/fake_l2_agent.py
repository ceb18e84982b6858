"""A stand-in Neutron L2 agent for the sandbox: it only says it is alive.

Neutron binds a port only on a host where a mechanism driver sees a live agent. The "fake_agent"
ML2 driver that python3-neutron ships accepts agents of type "OFA driver agent"; this process sends
such an agent's state over RabbitMQ every report_interval (30 s), through the same RPC API a real
agent uses. It plugs nothing: Nova's fake driver never waits for a port to come up.

Run by scripts/openstack-sandbox as: python3 fake_l2_agent.py --config-file /etc/neutron/neutron.conf
"""
import sys
import time

from neutron.agent import rpc as agent_rpc
from neutron.common import config as common_config
from neutron.conf.agent import common as agent_config
from neutron_lib import context
from neutron_lib.agent import topics
from oslo_config import cfg


def log(text):
    print(time.strftime("%Y-%m-%d %H:%M:%S ") + text, flush=True)


def main():
    agent_config.register_agent_state_opts_helper(cfg.CONF)
    common_config.register_common_config_options()
    common_config.init(sys.argv[1:])  # reads the config file and sets up RPC
    state = {
        "binary": "neutron-sandbox-agent",
        "host": cfg.CONF.host,
        "topic": "N/A",
        "agent_type": "OFA driver agent",
        # What the driver checks before binding: the network types and physical networks served.
        "configurations": {"tunnel_types": ["vxlan"], "interface_mappings": {"public": "fake0"}},
        "start_flag": True,
    }
    reports = agent_rpc.PluginReportStateAPI(topics.REPORTS)
    # A report sent before neutron-rpc-server listens is never answered: give up on it after 10 s
    # rather than after report_interval (30 s), the client's own timeout.
    reports.timeout = 10
    admin = context.get_admin_context_without_session()
    while True:
        try:
            reports.report_state(admin, state, use_call=True)
            state.pop("start_flag", None)
            log("state reported")
            time.sleep(cfg.CONF.AGENT.report_interval)
        except Exception as error:  # neutron-rpc-server not listening yet: try again soon
            log("state not reported: %s" % error)
            time.sleep(2)


if __name__ == "__main__":
    main()
