0011ffff"
