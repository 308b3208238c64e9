# uncaught user-defined exception class defined in the main script
class ConfigError(Exception):
    pass
def load(name):
    raise ConfigError("missing section [" + name + "]")
print("loading")
load("server")
