error("must never run")
