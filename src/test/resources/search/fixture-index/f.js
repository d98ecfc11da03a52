BulletinSearch.register({"k":"f","c":"7554316827005","r":"1101111111111"});
