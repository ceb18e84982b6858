return "escaped the plugin folder"
