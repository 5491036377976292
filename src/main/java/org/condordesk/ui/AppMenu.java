package org.condordesk.ui;

import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.condordesk.model.InstrumentKind;
import org.condordesk.model.OptionRight;
import org.condordesk.ui.backtest.BacktestWindow;
import org.condordesk.ui.chain.ChainWindow;
import org.condordesk.ui.shell.FileActions;
import org.condordesk.ui.shell.Themes;
import org.condordesk.ui.trade.PositionActions;

/** The menu bar; every command has its accelerator, listed again in Help › Keyboard shortcuts. */
final class AppMenu {

    private AppMenu() {
    }

    static MenuBar build(Workstation w) {
        MenuBar bar = new MenuBar(file(w), edit(w), position(w), analysis(w), view(w), help(w));
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Shortcuts that have no menu item of their own: the second redo key. */
    static void installExtraAccelerators(Scene scene, Workstation w) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> w.vm().redo());
    }

    private static MenuItem item(String id, String text, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (key != null) {
            item.setAccelerator(key);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    private static Menu file(Workstation w) {
        FileActions files = w.files();
        Menu recent = new Menu("Open recent");
        recent.setId("menuRecent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path path : files.recent().list()) {
                recent.getItems().add(item("recent", path.getFileName() + "  —  " + path.getParent(), null,
                        () -> files.openRecent(path)));
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none yet)");
                none.setDisable(true);
                recent.getItems().add(none);
            } else {
                recent.getItems().addAll(new SeparatorMenuItem(), item("clearRecent", "Clear list", null, files.recent()::clear));
            }
        });
        // A Menu with no items never shows, so it needs a placeholder to open at all.
        recent.getItems().add(new MenuItem("…"));
        Menu export = new Menu("Export");
        export.getItems().addAll(
                item("exportRisk", "Risk graph as PNG…", shortcutShift(KeyCode.G), () -> files.exportPng(w.riskGraph(), "risk graph")),
                item("exportDecay", "Decay chart as PNG…", shortcutShift(KeyCode.D), () -> files.exportPng(w.decayChart(), "decay chart")),
                item("exportCsv", "Analysis tables as CSV…", shortcutShift(KeyCode.E), files::exportCsv));
        Menu menu = new Menu("File");
        menu.getItems().addAll(
                item("menuNew", "New", shortcut(KeyCode.N), files::newScenario),
                item("menuOpen", "Open…", shortcut(KeyCode.O), files::open),
                recent,
                new SeparatorMenuItem(),
                item("menuSave", "Save", shortcut(KeyCode.S), files::save),
                item("menuSaveAs", "Save as…", shortcutShift(KeyCode.S), files::saveAs),
                new SeparatorMenuItem(),
                item("menuSaveToLibrary", "Save to Library…", shortcutShift(KeyCode.L), w.library()::saveToLibrary),
                item("menuLibrary", "Library…", shortcutShift(KeyCode.O), w.library()::showBrowser),
                new SeparatorMenuItem(),
                item("menuChain", "Option chain…", shortcutShift(KeyCode.C),
                        () -> ChainWindow.showFor(w.stage(), w.vm(), w.theme())),
                item("menuLadder", "Strike ladder…", null,
                        () -> org.condordesk.ui.chain.LadderWindow.showFor(w.stage(), w.vm(), w.theme())),
                item("menuMarketHistory", "Market history…", null,
                        () -> org.condordesk.ui.history.MarketHistoryWindow.showFor(w.stage(), w.theme(),
                                org.condordesk.store.DataFolders.libraryFile())),
                new SeparatorMenuItem(),
                export,
                new SeparatorMenuItem(),
                item("menuQuit", "Quit", shortcut(KeyCode.Q), w::requestClose));
        return menu;
    }

    private static Menu edit(Workstation w) {
        MenuItem undo = item("menuUndo", "Undo", shortcut(KeyCode.Z), () -> w.vm().undo());
        undo.disableProperty().bind(w.vm().canUndoProperty().not());
        undo.textProperty().bind(w.vm().undoTextProperty());
        MenuItem redo = item("menuRedo", "Redo", shortcut(KeyCode.Y), () -> w.vm().redo());
        redo.disableProperty().bind(w.vm().canRedoProperty().not());
        redo.textProperty().bind(w.vm().redoTextProperty());
        Menu addLeg = new Menu("Add leg to selected layer");
        addLeg.getItems().addAll(
                item("addSpxPut", "SPX put", null, () -> w.legsTable().addLeg(InstrumentKind.SPX_OPTION, OptionRight.PUT)),
                item("addSpxCall", "SPX call", null, () -> w.legsTable().addLeg(InstrumentKind.SPX_OPTION, OptionRight.CALL)),
                item("addVixCall", "VIX call", null, () -> w.legsTable().addLeg(InstrumentKind.VIX_OPTION, OptionRight.CALL)),
                item("addVixPut", "VIX put", null, () -> w.legsTable().addLeg(InstrumentKind.VIX_OPTION, OptionRight.PUT)),
                item("addVixFuture", "VIX future", null, () -> w.legsTable().addLeg(InstrumentKind.VIX_FUTURE, null)),
                item("addEtf", "VIX ETF shares", null, () -> w.legsTable().addLeg(InstrumentKind.VIX_ETF, null)));
        Menu menu = new Menu("Edit");
        menu.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("menuAddLayer", "Add layer…", shortcut(KeyCode.L), w::addLayer),
                item("menuDuplicateLayer", "Duplicate layer", shortcut(KeyCode.D),
                        () -> w.vm().layers().duplicateLayer(w.vm().selectedLayerProperty().get())),
                item("menuDeleteLayer", "Delete layer", shortcut(KeyCode.DELETE),
                        () -> w.vm().layers().deleteLayer(w.vm().selectedLayerProperty().get())),
                item("menuRenameLayer", "Rename layer", shortcut(KeyCode.R), w.layersPanel()::startRename),
                addLeg,
                new SeparatorMenuItem(),
                item("menuRenameScenario", "Rename scenario…", shortcutShift(KeyCode.R), files(w)::renameScenario));
        return menu;
    }

    private static FileActions files(Workstation w) {
        return w.files();
    }

    private static Menu analysis(Workstation w) {
        Menu menu = new Menu("Analysis");
        menu.getItems().addAll(
                item("menuNeutral", "Make vega-neutral", shortcut(KeyCode.E), w.tuning()::solveSelected),
                item("menuResetShifts", "Reset what-if (date, T+n, VIX shift)", shortcut(KeyCode.DIGIT0),
                        () -> w.vm().live().resetShifts()),
                new SeparatorMenuItem(),
                item("menuNextDay", "Analysis date +1 day", new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN),
                        () -> w.vm().live().setShiftDays(w.vm().live().settings().shiftDays() + 1)),
                item("menuPrevDay", "Analysis date −1 day", new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                        () -> w.vm().live().setShiftDays(w.vm().live().settings().shiftDays() - 1)),
                item("menuVixUp", "VIX shift +1 point", shortcutShift(KeyCode.UP),
                        () -> w.vm().live().setVixShift(w.vm().live().settings().vixShiftPoints() + 1)),
                item("menuVixDown", "VIX shift −1 point", shortcutShift(KeyCode.DOWN),
                        () -> w.vm().live().setVixShift(w.vm().live().settings().vixShiftPoints() - 1)),
                new SeparatorMenuItem(),
                item("menuSignals", "Signals and adaptive hedge…", shortcut(KeyCode.G), w::showSignals),
                item("menuBacktest", "Backtest…", shortcut(KeyCode.B),
                        () -> BacktestWindow.showFor(w.stage(), w.theme())),
                item("menuBacktestScenario", "Backtest this scenario…", null,
                        () -> BacktestWindow.showFor(w.stage(), w.theme()).backtestScenario(w.vm().scenario())));
        return menu;
    }

    /** The trade lifecycle (docs/user-guide.md, "Plan and live position"). */
    private static Menu position(Workstation w) {
        PositionActions actions = w.positions();
        MenuItem markLive = item("menuMarkLive", "Mark live", shortcutShift(KeyCode.M), actions::markLive);
        MenuItem reset = item("menuResetEntries", "Reset entries to market", null, actions::resetEntries);
        MenuItem close = item("menuClose", "Close leg or layer…", shortcutShift(KeyCode.X), actions::close);
        MenuItem roll = item("menuRoll", "Roll layer…", shortcutShift(KeyCode.J), actions::roll);
        MenuItem wing = item("menuMoveWing", "Move condor wing…", null, actions::moveWing);
        Menu menu = new Menu("Position");
        menu.setId("menuPosition");
        menu.setOnShowing(e -> {
            boolean live = w.vm().scenario().isLive();
            markLive.setDisable(live);
            reset.setDisable(live);
            close.setDisable(!live);
            roll.setDisable(!live);
            wing.setDisable(!live);
        });
        menu.getItems().addAll(markLive, reset, new SeparatorMenuItem(), close, roll, wing, new SeparatorMenuItem(),
                item("menuImportFills", "Import fills from broker…", shortcutShift(KeyCode.I), actions::importFills),
                item("positionTradeLog", "Show the trade log", null, () -> w.showTab(EditorTab.TRADE_LOG)));
        return menu;
    }

    private static Menu view(Workstation w) {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menuDark");
        dark.setAccelerator(shortcutShift(KeyCode.T));
        dark.setSelected(w.theme() == Themes.Theme.DARK);
        dark.setOnAction(e -> w.setTheme(dark.isSelected() ? Themes.Theme.DARK : Themes.Theme.LIGHT));
        Menu menu = new Menu("View");
        menu.getItems().addAll(dark, new SeparatorMenuItem());
        for (EditorTab tab : EditorTab.values()) {
            menu.getItems().add(item("view" + tab.name(), tab.title(), shortcut(tab.key()), () -> w.showTab(tab)));
        }
        return menu;
    }

    private static Menu help(Workstation w) {
        Menu menu = new Menu("Help");
        menu.getItems().addAll(item("menuShortcuts", "Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), w::showShortcuts),
                item("menuAbout", "About CondorDesk", null, w::showAbout));
        return menu;
    }
}
