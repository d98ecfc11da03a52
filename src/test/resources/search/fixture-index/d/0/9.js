BulletinSearch.register({"k":"d","i":9,"u":"issues/2023/14/02-changde.html","t":"优化发展","c":"常德","s":"changde","r":"zhuanbao","n":14,"y":2023,"a":"2023-08-17","e":"测试","x":"持续优化营商环境，打造宜商常德。"});
