BulletinSearch.register({"k":"f","c":"50072861347"});
