/*
 * At a phone's width the menu's groups start folded, all but the one holding the page shown: open, they would fill
 * the whole first screen before the page begins. Wider, there is room, and every group stays open.
 */
(function () {
    if (!window.matchMedia('(max-width: 47.99rem)').matches) {
        return;
    }
    document.querySelectorAll('#menu details').forEach(function (group) {
        if (!group.querySelector('[aria-current="page"]')) {
            group.open = false;
        }
    });
})();
