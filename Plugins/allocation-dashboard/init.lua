-- Service units used against an allocation, from the host's usage view (Nova's vCPU-hours).
local view = require("allocation.view")

exo.ui.add_card{ id = "allocation", title = "Allocation", render = view.card }
exo.ui.add_page{ id = "allocation", title = "Allocation usage", render = view.page }
