BulletinSearch.register({"k":"f","c":"b678955431ac2b005","r":"11111101111111111"});
