extension SetupPart {
    /// Makes `exouser` an administrator (cloud-init created it with its hashed passphrase) and
    /// allows password login over SSH only for that user when no SSH key was given.
    static func userSetup(passwordLogin: Bool) -> SetupPart {
        var script = """
            set -eu
            usermod -aG sudo exouser 2>/dev/null || usermod -aG wheel exouser
            """
        if passwordLogin {
            script += """

                mkdir -p /etc/ssh/sshd_config.d
                printf 'Match User exouser\\n  PasswordAuthentication yes\\n' > /etc/ssh/sshd_config.d/60-exosphere.conf
                systemctl reload ssh 2>/dev/null || systemctl reload sshd
                """
        }
        return SetupPart(name: "user", description: "The exouser account", script: script)
    }

    /// The installer for a software option.
    static func software(_ option: SoftwareOption) -> SetupPart {
        switch option {
        case .jupyter:
            SetupPart(
                name: "jupyter", description: "JupyterLab",
                script: """
                    set -eu
                    if command -v apt-get >/dev/null; then apt-get update -q && apt-get install -yq python3-venv; else dnf install -yq python3; fi
                    python3 -m venv /opt/jupyter
                    /opt/jupyter/bin/pip install -q jupyterlab
                    cat > /etc/systemd/system/jupyter.service <<'UNIT'
                    [Unit]
                    Description=JupyterLab for exouser
                    [Service]
                    User=exouser
                    WorkingDirectory=/home/exouser
                    ExecStart=/opt/jupyter/bin/jupyter lab --ip=127.0.0.1 --port=8888 --no-browser
                    [Install]
                    WantedBy=multi-user.target
                    UNIT
                    systemctl daemon-reload
                    systemctl enable --now jupyter
                    """)
        case .rstudio:
            SetupPart(
                name: "rstudio", description: "RStudio Server",
                script: """
                    set -eu
                    if command -v apt-get >/dev/null; then
                      apt-get update -q && apt-get install -yq r-base gdebi-core wget
                      wget -q -O /tmp/rstudio.deb https://download2.rstudio.org/server/jammy/amd64/rstudio-server-2024.12.0-467-amd64.deb
                      gdebi -n /tmp/rstudio.deb
                    else
                      dnf install -yq R wget
                      wget -q -O /tmp/rstudio.rpm https://download2.rstudio.org/server/rhel9/x86_64/rstudio-server-rhel-2024.12.0-467-x86_64.rpm
                      dnf install -yq /tmp/rstudio.rpm
                    fi
                    systemctl enable --now rstudio-server
                    """)
        case .desktop:
            SetupPart(
                name: "desktop", description: "Graphical desktop",
                script: """
                    set -eu
                    if command -v apt-get >/dev/null; then
                      apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -yq xfce4 tigervnc-standalone-server novnc
                    else
                      dnf groupinstall -yq Xfce && dnf install -yq tigervnc-server novnc
                    fi
                    """)
        }
    }

    /// The resource-usage reporter: once a minute a systemd timer prints
    /// `exosphere-usage: t=<epoch> cpu=<%> mem=<%> disk=<%>` to the console.
    static let usageReporter = SetupPart(
        name: "usage", description: "Resource graphs",
        script: """
            set -eu
            mkdir -p /opt/exosphere
            cat > /opt/exosphere/usage.sh <<'SCRIPT'
            #!/bin/sh
            read -r _ u1 n1 s1 i1 _ < /proc/stat; sleep 2; read -r _ u2 n2 s2 i2 _ < /proc/stat
            busy=$(( (u2+n2+s2) - (u1+n1+s1) )); total=$(( busy + i2 - i1 ))
            cpu=$(( total > 0 ? 100 * busy / total : 0 ))
            mem=$(free | awk '/^Mem:/ { printf "%d", 100 * ($2 - $7) / $2 }')
            disk=$(df --output=pcent / | tail -1 | tr -dc 0-9)
            echo "\(SetupMarker.usagePrefix)t=$(date +%s) cpu=$cpu mem=$mem disk=$disk" > /dev/console
            SCRIPT
            chmod 0755 /opt/exosphere/usage.sh
            printf '[Service]\\nType=oneshot\\nExecStart=/opt/exosphere/usage.sh\\n' > /etc/systemd/system/exosphere-usage.service
            printf '[Timer]\\nOnCalendar=minutely\\n[Install]\\nWantedBy=timers.target\\n' > /etc/systemd/system/exosphere-usage.timer
            systemctl daemon-reload
            systemctl enable --now exosphere-usage.timer
            """)
}
