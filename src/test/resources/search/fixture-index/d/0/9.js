BulletinSearch.register({"k":"d","i":9,"u":"issues/2023/13/02-dawanqu.html","t":"先进做法","c":"粤港澳大湾区","s":"dawanqu","n":13,"y":2023,"a":"2023-08-03","e":"测试","x":"大湾区从5方面进行改革突破，深化全面合作。"});
