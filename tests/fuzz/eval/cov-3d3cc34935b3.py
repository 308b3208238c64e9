@decclass 
