BulletinSearch.register({"k":"d","i":8,"d":[["issues/2023/18/01-hengyang.html","衡阳","hengyang","zhuanbao",18,2023,"2023-10-12","测试"]],"l":[8,19],"x":"政Ġ服ĠăĊĂď10ĮĈįģħĘĝāĚĤĈęĪēĨĵĀ"});
