// Live character count under "Ton histoire" (the limits are also written in the help text).
(function () {
    var area = document.getElementById("id_story");
    var counter = document.getElementById("story-counter");
    if (!area || !counter) return;
    var min = 200;
    var max = parseInt(area.getAttribute("maxlength"), 10) || 5000;
    var timer;
    function update() {
        var length = area.value.trim().length;
        var text = length + " caractère" + (length > 1 ? "s" : "") + " sur " + max;
        if (length < min) text += " (encore " + (min - length) + " au minimum)";
        counter.textContent = text;
    }
    counter.hidden = false;
    update();
    area.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(update, 400);
    });
})();
